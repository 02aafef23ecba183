import { fakeAccount } from '@/testing/fake-account';
import { PASSWORD } from '@/testing/fake-identity';
import { fakeIdentity, renderApp, screen, waitFor, within } from '@/testing/test-utils';

import * as download from '@/lib/download';

describe('change e-mail', () => {
  it('sends a link, shows the change as pending, and the link page confirms it', async () => {
    const { user, router } = renderApp('/settings');
    await user.type(await screen.findByLabelText(/New e-mail address/), 'olivia@new.example');
    await user.type(screen.getByLabelText(/Current password/, { selector: 'input' }), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Send confirmation link' }));

    const pending = await screen.findByTestId('pending-email-change');
    expect(pending).toHaveTextContent('olivia@new.example');
    // The address changes only with the link.
    expect(screen.getByLabelText('E-mail')).toHaveValue('owner@example.com');

    const token = fakeAccount.pending.get('u-owner')!.token;
    await router.navigate(`/confirm-email?token=${token}`);
    await user.click(await screen.findByRole('button', { name: 'Use this e-mail address' }));

    expect(await screen.findByText(/Your account now uses/)).toHaveTextContent(
      'olivia@new.example',
    );
    expect(fakeIdentity.userById('u-owner').email).toBe('olivia@new.example');
    await user.click(screen.getByRole('link', { name: 'Back to your settings' }));
    expect(await screen.findByLabelText('E-mail')).toHaveValue('olivia@new.example');
    expect(screen.queryByTestId('pending-email-change')).not.toBeInTheDocument();
  });

  it('withdraws a pending change', async () => {
    fakeAccount.issue('u-owner', 'later@new.example');
    const { user } = renderApp('/settings');
    await screen.findByTestId('pending-email-change');

    await user.click(screen.getByRole('button', { name: 'Withdraw the change' }));

    await waitFor(() => {
      expect(screen.queryByTestId('pending-email-change')).not.toBeInTheDocument();
    });
    expect(fakeAccount.pending.size).toBe(0);
  });

  it('says so when mail is not configured, and shows a taken address at the field', async () => {
    fakeAccount.mailConfigured = false;
    const { user } = renderApp('/settings');
    await user.type(await screen.findByLabelText(/New e-mail address/), 'o@new.example');
    await user.type(screen.getByLabelText(/Current password/, { selector: 'input' }), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Send confirmation link' }));

    expect(await screen.findByText('Mail is not configured')).toBeInTheDocument();
    expect(screen.queryByTestId('pending-email-change')).not.toBeInTheDocument();

    const field = screen.getByLabelText(/New e-mail address/);
    await user.clear(field);
    await user.type(field, 'editor@example.com');
    await user.click(screen.getByRole('button', { name: 'Send confirmation link' }));
    expect(await screen.findByText('is already in use')).toBeInTheDocument();
  });

  it('tells the truth about a used or unknown link', async () => {
    const { user } = renderApp('/confirm-email?token=nope', { as: null });
    await user.click(await screen.findByRole('button', { name: 'Use this e-mail address' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid or expired link');
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toBeInTheDocument();
  });
});

describe('download my data', () => {
  it('downloads the export as a file', async () => {
    const save = vi.spyOn(download, 'downloadBlob').mockImplementation(() => {});
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Download my data' }));

    await waitFor(() => {
      expect(save).toHaveBeenCalledOnce();
    });
    const [blob, name] = save.mock.calls[0]!;
    expect(name).toMatch(/^trae-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await blob.text())).toHaveProperty('profile.email', 'owner@example.com');
    save.mockRestore();
  });

  it('shows the problem when the download fails', async () => {
    fakeAccount.exportFails = true;
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Download my data' }));

    expect(await screen.findByText('The download did not work')).toBeInTheDocument();
  });
});

describe('new recovery codes', () => {
  it('replaces the codes after the password and shows the new ones once', async () => {
    const owner = fakeIdentity.userById('u-owner');
    owner.mfaEnabled = true;
    owner.recoveryCodes = ['old00-00000'];
    const { user } = renderApp('/settings/two-factor');

    await user.click(await screen.findByRole('button', { name: 'Generate new recovery codes' }));
    const form = screen.getByRole('form', { name: 'Generate new recovery codes' });
    await user.type(within(form).getByLabelText(/Password/, { selector: 'input' }), 'wrong');
    await user.click(within(form).getByRole('button', { name: 'Replace my recovery codes' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The password is wrong.');

    await user.clear(within(form).getByLabelText(/Password/, { selector: 'input' }));
    await user.type(within(form).getByLabelText(/Password/, { selector: 'input' }), PASSWORD);
    await user.click(within(form).getByRole('button', { name: 'Replace my recovery codes' }));

    const codes = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(within(codes).getAllByRole('listitem')).toHaveLength(10);
    expect(owner.recoveryCodes).not.toContain('old00-00000');
    expect(screen.getByRole('button', { name: 'Copy codes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download as text' })).toBeInTheDocument();

    await user.click(screen.getByLabelText('I saved my recovery codes somewhere safe'));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Generate new recovery codes' })).toBeInTheDocument();
  });

  it('is not offered while two-factor is off', async () => {
    renderApp('/settings/two-factor');
    expect(await screen.findByRole('button', { name: 'Set up authenticator app' }));
    expect(screen.queryByRole('button', { name: 'Generate new recovery codes' })).toBeNull();
  });
});
