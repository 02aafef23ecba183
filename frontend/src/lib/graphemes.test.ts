import { countGraphemes } from './graphemes';

describe('countGraphemes', () => {
  it('counts user-perceived characters, not UTF-16 units', () => {
    expect(countGraphemes('')).toBe(0);
    expect(countGraphemes('hello')).toBe(5);
    expect(countGraphemes('👍🏽')).toBe(1);
    expect(countGraphemes('🇩🇪 ok')).toBe(4);
    expect(countGraphemes('e\u0301')).toBe(1);
  });
});
