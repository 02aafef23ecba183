import { emailAddress } from './form-rules';

describe('emailAddress', () => {
  it.each(['a@b', 'ann@example.com'])('takes %s', (value) => {
    expect(emailAddress(value)).toBeNull();
  });

  it.each(['', 'ann', 'ann @example.com'])('refuses %j', (value) => {
    expect(emailAddress(value)).toBe('Enter an e-mail address');
  });
});
