import { newPasswordRules, passwordStrength, PASSWORDS_DIFFER } from './password';

describe('passwordStrength', () => {
  it.each([
    ['', 0, 'Very weak'],
    ['abcdefghijkl', 1, 'Weak'],
    ['abcdefghijklmnop', 2, 'Fair'],
    ['Abcdefghijklmnop', 3, 'Good'],
    ['Abcdefghijklmno1', 4, 'Strong'],
    ['Abcdefghijklmn1!', 5, 'Very strong'],
  ])('rates %j as %i (%s)', (password, score, label) => {
    expect(passwordStrength(password)).toEqual({ score, label });
  });
});

describe('newPasswordRules', () => {
  const rules = newPasswordRules('password', 'Choose a password');

  it('wants a password', () => {
    expect(rules.password('', {})).toBe('Choose a password');
    expect(rules.password('x', {})).toBeNull();
  });

  it('wants the repetition to match', () => {
    expect(rules.confirm('a', { password: 'b' })).toBe(PASSWORDS_DIFFER);
    expect(rules.confirm('b', { password: 'b' })).toBeNull();
  });
});
