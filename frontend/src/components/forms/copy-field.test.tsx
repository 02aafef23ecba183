import { renderUi, screen } from '@/testing/test-utils';

import { CopyField } from './copy-field';

describe('CopyField', () => {
  it('shows the value read-only and copies it', async () => {
    const { user } = renderUi(
      <CopyField label="Reset link" value="https://x/r?t=1" testId="link" />,
    );
    const input = screen.getByLabelText('Reset link');
    expect(input).toHaveValue('https://x/r?t=1');
    expect(input).toHaveAttribute('readonly');

    await user.click(screen.getByRole('button', { name: 'Copy reset link' }));

    expect(await screen.findByRole('button', { name: 'Reset link copied' })).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('https://x/r?t=1');
  });
});
