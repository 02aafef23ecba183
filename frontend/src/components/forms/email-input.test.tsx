import { renderUi, screen } from '@/testing/test-utils';

import { EmailInput } from './email-input';

describe('EmailInput', () => {
  it('is a required e-mail field that takes what the caller adds', () => {
    renderUi(<EmailInput autoComplete="username" defaultValue="ann@example.com" />);
    const input = screen.getByRole('textbox', { name: /^E-mail/ });
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('autocomplete', 'username');
    expect(input).toHaveValue('ann@example.com');
  });
});
