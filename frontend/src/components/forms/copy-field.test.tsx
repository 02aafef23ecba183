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

describe('CopyField, multiline', () => {
  it('shows a snippet in a read-only text area and copies it whole', async () => {
    const snippet = '<form>\n  <input name="email">\n</form>';
    const { user } = renderUi(<CopyField label="HTML" value={snippet} multiline />);
    const area = screen.getByLabelText('HTML');
    expect(area.tagName).toBe('TEXTAREA');
    expect(area).toHaveValue(snippet);
    expect(area).toHaveAttribute('readonly');

    await user.click(screen.getByRole('button', { name: 'Copy html' }));

    expect(await navigator.clipboard.readText()).toBe(snippet);
  });
});
