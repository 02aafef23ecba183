import { fakeSettings } from '@/testing/fake-settings';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

describe('instance settings', () => {
  it('saves the site name and SMTP; the password is only ever "set"', async () => {
    const { user } = renderApp('/admin/settings');
    const form = await screen.findByRole('form', { name: 'Instance settings' });
    const name = within(form).getByLabelText(/Site name/);
    await user.clear(name);
    await user.type(name, 'Acme Studio');
    await user.type(within(form).getByLabelText(/SMTP host/), 'smtp.acme.example');
    await user.type(within(form).getByLabelText(/^Password/, { selector: 'input' }), 'p4ss');
    await user.type(within(form).getByLabelText(/From address/), 'Acme <news@acme.example>');
    await user.click(within(form).getByRole('button', { name: 'Save settings' }));

    await waitFor(() => {
      expect(fakeSettings.settings.smtpPasswordSet).toBe(true);
    });
    expect(fakeSettings.lastChange).toMatchObject({
      siteName: 'Acme Studio',
      smtpHost: 'smtp.acme.example',
      smtpPort: 587,
      smtpPassword: 'p4ss',
      smtpStarttls: true,
    });
    // the built-in default address is not pinned as a saved value
    expect(fakeSettings.lastChange?.publicUrl).toBeNull();
    expect(await within(form).findByText('A password is set. Leave empty to keep it.'));
    expect(within(form).getByLabelText(/^Password/, { selector: 'input' })).toHaveValue('');
    await waitFor(() => {
      expect(document.title).toBe('Acme Studio');
    });

    // saving again without typing a password keeps it
    await user.click(within(form).getByRole('button', { name: 'Save settings' }));
    await waitFor(() => {
      expect(fakeSettings.lastChange).not.toHaveProperty('smtpPassword');
    });
    expect(fakeSettings.password).toBe('p4ss');
  });

  it('shows environment values read-only and leaves them out of the save', async () => {
    fakeSettings.fromEnvironment();
    const { user } = renderApp('/admin/settings');
    const form = await screen.findByRole('form', { name: 'Instance settings' });

    expect(within(form).getByText('Set by the environment (TRAE_PUBLIC_URL)')).toBeInTheDocument();
    expect(within(form).getByText('Set by the environment (TRAE_SMTP_*)')).toBeInTheDocument();
    expect(within(form).getByLabelText(/Public URL/)).toHaveAttribute('readonly');
    expect(within(form).getByLabelText(/SMTP host/)).toHaveAttribute('readonly');
    expect(within(form).getByLabelText('Password')).toHaveValue('Set');

    await user.click(within(form).getByRole('button', { name: 'Save settings' }));
    await waitFor(() => {
      expect(fakeSettings.lastChange).toEqual({ siteName: 'TRAE' });
    });
  });

  it('shows a field error from the server', async () => {
    const { user } = renderApp('/admin/settings');
    const form = await screen.findByRole('form', { name: 'Instance settings' });
    const url = within(form).getByLabelText(/Public URL/);
    await user.clear(url);
    await user.type(url, 'ftp://nope');
    await user.click(within(form).getByRole('button', { name: 'Save settings' }));

    expect(await within(form).findByText('must be an http(s) address')).toBeInTheDocument();
  });

  it('sends a test mail and reports the SMTP error clearly', async () => {
    fakeSettings.fromEnvironment();
    const { user } = renderApp('/admin/settings');
    await user.click(await screen.findByRole('button', { name: 'Send test mail' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The SMTP server accepted the mail to owner@example.com',
    );

    fakeSettings.smtpReply = '535 5.7.8 Authentication failed';
    await user.click(screen.getByRole('button', { name: 'Send test mail' }));
    expect(await screen.findByText('The test mail was not sent')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Sending through smtp.example.com:587 failed: 535 5.7.8 Authentication failed',
      ),
    ).toBeInTheDocument();
  });

  it('offers no test mail before SMTP is set up', async () => {
    renderApp('/admin/settings');
    expect(await screen.findByRole('button', { name: 'Send test mail' })).toBeDisabled();
    expect(screen.getByText('Save an SMTP server first.')).toBeInTheDocument();
  });

  it('is an Admin section only for settings managers', async () => {
    renderApp('/admin/settings', { as: 'u-editor' });
    expect(
      await screen.findByText('Your role has no administration permissions.'),
    ).toBeInTheDocument();
  });

  it('shows the site name on the sign-in page', async () => {
    fakeSettings.settings.siteName = 'Acme Studio';
    renderApp('/login', { as: null });
    expect(await screen.findByText('Acme Studio')).toBeInTheDocument();
    await waitFor(() => {
      expect(document.title).toBe('Acme Studio');
    });
  });
});
