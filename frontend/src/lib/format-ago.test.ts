import { formatAgo } from './format-ago';

describe('formatAgo', () => {
  it('says seconds, minutes or hours', () => {
    expect(formatAgo(0, 3_000)).toBe('3 s ago');
    expect(formatAgo(5_000, 0)).toBe('0 s ago');
    expect(formatAgo(0, 5 * 60_000)).toBe('5 min ago');
    expect(formatAgo(0, 2 * 3_600_000 + 10)).toBe('2 h ago');
  });
});
