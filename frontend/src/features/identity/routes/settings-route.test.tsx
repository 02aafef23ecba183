import { TOTP_CODE } from '@/testing/fake-identity';
import { fakeIdentity, renderApp, screen, waitFor, within } from '@/testing/test-utils';

function requireMfaFor(role: string) {
  const found = fakeIdentity.roles.find((r) => r.name === role)!;
  found.mfaRequired = true;
}

describe('forced MFA enrolment', () => {
  it('shows the QR code and secret, then the recovery codes, then the app', async () => {
    requireMfaFor('EDITOR');
    const { user, router } = renderApp('/content', { as: 'u-editor' });

    expect(
      await screen.findByRole('heading', { name: 'Set up two-factor authentication' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/enrol-mfa');

    await user.click(screen.getByRole('button', { name: 'Set up authenticator app' }));

    // The SVG is shown as an image from a data: URL, never inserted as markup.
    const qr = await screen.findByRole('img', { name: 'QR code for your authenticator app' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByTestId('totp-secret')).toHaveValue('JBSWY3DPEHPK3PXP');

    await user.type(screen.getByLabelText(/Code from the app/), TOTP_CODE);
    await user.click(screen.getByRole('button', { name: 'Turn on two-factor authentication' }));

    const codes = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(within(codes).getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Download as text' })).toBeInTheDocument();
    const done = screen.getByRole('button', { name: 'Done' });
    expect(done).toBeDisabled();

    await user.click(screen.getByLabelText('I saved my recovery codes somewhere safe'));
    await user.click(done);

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
  });

  it('sends a signed-in user to enrolment when their role starts to require MFA', async () => {
    const { user, router } = renderApp('/system', { as: 'u-editor' });
    expect(await screen.findByTestId('system-status')).toHaveTextContent('UP');

    requireMfaFor('EDITOR');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    expect(
      await screen.findByRole('heading', { name: 'Set up two-factor authentication' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/enrol-mfa');
  });

  it('keeps other pages closed until enrolment is done', async () => {
    requireMfaFor('EDITOR');
    const { router } = renderApp('/settings', { as: 'u-editor' });
    await screen.findByRole('heading', { name: 'Set up two-factor authentication' });
    expect(router.state.location.pathname).toBe('/enrol-mfa');
  });
});

describe('settings', () => {
  it('says two-factor is on, and stops the reminder, while the recovery codes show', async () => {
    const { user } = renderApp('/settings/two-factor');
    expect(await screen.findByTestId('mfa-reminder')).toBeInTheDocument();
    expect(screen.getByTestId('mfa-status')).toHaveTextContent('Off');

    await user.click(screen.getByRole('button', { name: 'Set up authenticator app' }));
    await user.type(await screen.findByLabelText(/Code from the app/), TOTP_CODE);
    await user.click(screen.getByRole('button', { name: 'Turn on two-factor authentication' }));

    expect(await screen.findByRole('list', { name: 'Recovery codes' })).toBeInTheDocument();
    expect(screen.getByTestId('mfa-status')).toHaveTextContent('On');
    await waitFor(() => {
      expect(screen.queryByTestId('mfa-reminder')).not.toBeInTheDocument();
    });

    await user.click(screen.getByLabelText('I saved my recovery codes somewhere safe'));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('Turn off two-factor authentication')).toBeInTheDocument();
    expect(screen.getByTestId('mfa-status')).toHaveTextContent('On');
    expect(screen.queryByTestId('mfa-reminder')).not.toBeInTheDocument();
  });

  it('shows e-mail and role as read-only values', async () => {
    renderApp('/settings');
    const email = await screen.findByLabelText('E-mail');
    expect(email).toHaveAttribute('readonly');
    expect(email).toHaveValue('owner@example.com');
    expect(email).toHaveAttribute('data-variant', 'unstyled');
    expect(screen.getByLabelText('Role')).toHaveAttribute('readonly');
  });

  it('saves the display name', async () => {
    const { user } = renderApp('/settings');
    const name = await screen.findByLabelText(/Display name/);
    await user.clear(name);
    await user.type(name, 'Olivia O.');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('button', { name: /Account menu for Olivia O\./ }));
    expect(fakeIdentity.userById('u-owner').displayName).toBe('Olivia O.');
  });

  it('shows the problem of a wrong current password', async () => {
    const { user } = renderApp('/settings/password');
    await user.type(await screen.findByLabelText(/Current password/), 'nope');
    await user.type(screen.getByLabelText(/^New password/), 'a brand new passphrase');
    await user.type(screen.getByLabelText(/^Confirm new password/), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findAllByText('The current password is wrong')).not.toHaveLength(0);
  });

  it('turns two-factor off with the password', async () => {
    fakeIdentity.userById('u-owner').mfaEnabled = true;
    const { user } = renderApp('/settings/two-factor');
    await user.click(await screen.findByRole('radio', { name: 'With my password' }));
    await user.type(
      screen.getByLabelText(/^Password/, { selector: 'input' }),
      'correct horse battery staple',
    );
    await user.click(screen.getByRole('button', { name: 'Turn off' }));

    await waitFor(() => {
      expect(fakeIdentity.userById('u-owner').mfaEnabled).toBe(false);
    });
    expect(await screen.findByRole('button', { name: 'Set up authenticator app' }));
  });

  it('lists sessions, marks this device and revokes another', async () => {
    const { user } = renderApp('/settings/sessions');

    const table = await screen.findByRole('table', { name: 'Sessions' });
    const current = within(table).getByRole('row', { name: /Firefox on Linux/ });
    expect(within(current).getByText('This device')).toBeInTheDocument();
    expect(within(current).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Safari on iPhone/ })).toHaveTextContent(
      '198.51.100.7',
    );

    await user.click(
      within(table).getByRole('button', {
        name: 'Revoke session Safari on iPhone from 198.51.100.7',
      }),
    );

    await waitFor(() => {
      expect(
        within(table).queryByRole('row', { name: /Safari on iPhone/ }),
      ).not.toBeInTheDocument();
    });
    expect(fakeIdentity.sessions.map((s) => s.id)).toEqual(['s-current']);
    expect(screen.getByRole('button', { name: 'Sign out everywhere else' })).toBeDisabled();
  });

  it('signs out everywhere else', async () => {
    const { user } = renderApp('/settings/sessions');
    await screen.findByRole('table', { name: 'Sessions' });
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere else' }));

    expect(await screen.findByText('Signed out of 1 other session.')).toBeInTheDocument();
  });

  it('creates an API token and shows it once', async () => {
    const { user } = renderApp('/settings/tokens', { as: 'u-author' });
    expect(await screen.findByText('You have no API tokens.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New token' }));
    const dialog = await screen.findByRole('dialog', { name: 'New API token' });
    // Only the author's own permissions are offered as scopes.
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(5);
    expect(within(dialog).queryByRole('checkbox', { name: 'users:manage' })).toBeNull();
    // Each scope says what it allows (from GET /me/tokens/scopes).
    expect(
      await within(dialog).findByRole('checkbox', { name: 'content:read' }),
    ).toHaveAccessibleDescription('Allows content read');
    await user.type(within(dialog).getByLabelText(/Name/), 'CI publisher');
    await user.click(within(dialog).getByRole('checkbox', { name: 'content:read' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    expect(await screen.findByTestId('created-token')).toHaveValue('trae_pat_ab12secretsecret');
    await user.click(screen.getByRole('button', { name: 'Done' }));

    const table = await screen.findByRole('table', { name: 'API tokens' });
    expect(within(table).getByRole('row', { name: /CI publisher/ })).toHaveTextContent(
      'trae_pat_ab12…',
    );
    expect(within(table).getByRole('row', { name: /CI publisher/ })).toHaveTextContent(
      'Allows content read',
    );
    expect(screen.queryByText('trae_pat_ab12secretsecret')).not.toBeInTheDocument();
    expect(screen.queryByTestId('created-token')).not.toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Revoke token CI publisher' }));
    expect(await screen.findByText('You have no API tokens.')).toBeInTheDocument();
  });
});
