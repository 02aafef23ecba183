import { PASSWORD, TOTP_CODE } from '@/testing/fake-identity';
import { fakeIdentity, renderApp, screen } from '@/testing/test-utils';

async function signIn(user: ReturnType<typeof renderApp>['user'], email: string) {
  await user.type(await screen.findByLabelText(/E-mail/), email);
  await user.type(screen.getByLabelText(/^Password/), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('login', () => {
  it('shows the problem of wrong credentials', async () => {
    const { user } = renderApp('/login', { as: null });
    await user.type(await screen.findByLabelText(/E-mail/), 'owner@example.com');
    await user.type(screen.getByLabelText(/^Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Wrong e-mail or password');
    // A 4xx is the user's to fix: no request id (that is for server faults).
    expect(alert).not.toHaveTextContent('req-invalid-credentials');
    expect(alert).not.toHaveTextContent('Request id');
  });

  it('says how long to wait when rate limited', async () => {
    fakeIdentity.loginRetryAfter = 30;
    const { user } = renderApp('/login', { as: null });
    await signIn(user, 'owner@example.com');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many sign-in attempts');
    expect(alert).toHaveTextContent('Try again in 30 seconds.');
    expect(alert).not.toHaveTextContent('req-429');
  });

  it('asks for the TOTP code when MFA is on, then opens the app', async () => {
    fakeIdentity.userById('u-owner').mfaEnabled = true;
    const { user, router } = renderApp('/login', { as: null });
    await signIn(user, 'owner@example.com');

    const code = await screen.findByLabelText(/Authentication code/);
    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The code is wrong');

    await user.type(screen.getByLabelText(/Authentication code/), TOTP_CODE);
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('accepts a recovery code instead', async () => {
    const owner = fakeIdentity.userById('u-owner');
    owner.mfaEnabled = true;
    owner.recoveryCodes = ['abcde-12345'];
    const { user } = renderApp('/login', { as: null });
    await signIn(user, 'owner@example.com');

    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    await user.type(screen.getByLabelText(/Recovery code/), 'abcde-12345');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(owner.recoveryCodes).toEqual([]);
  });

  it('requests a password reset link', async () => {
    fakeIdentity.mailConfigured = true;
    const { user } = renderApp('/login', { as: null });
    await user.click(await screen.findByRole('button', { name: 'Forgot password?' }));
    await user.type(screen.getByLabelText(/E-mail/), 'someone@example.com');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(/a reset link is on its way/);
  });

  it('says no link will arrive when the server cannot send mail', async () => {
    fakeIdentity.mailConfigured = false;
    const { user } = renderApp('/login', { as: null });
    await user.click(await screen.findByRole('button', { name: 'Forgot password?' }));
    await user.type(screen.getByLabelText(/E-mail/), 'someone@example.com');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    const answer = await screen.findByRole('status');
    expect(answer).toHaveTextContent(/No e-mail will arrive/);
    expect(answer).toHaveTextContent(/administrator.*Admin → Users/);
    expect(answer).not.toHaveTextContent(/on its way/);
  });
});

describe('password reset and invitations', () => {
  it('sets a new password from a reset link', async () => {
    const { user, router } = renderApp('/reset-password?token=good-reset', { as: null });
    await user.type(await screen.findByLabelText(/^New password/), 'a brand new passphrase');
    await user.type(screen.getByLabelText(/^Confirm new password/), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByText(/Your password was changed/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('shows the problem of a used reset link', async () => {
    const { user } = renderApp('/reset-password?token=old', { as: null });
    await user.type(await screen.findByLabelText(/^New password/), 'a brand new passphrase');
    await user.type(screen.getByLabelText(/^Confirm new password/), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This link is no longer valid');
  });

  it('accepts an invitation', async () => {
    const { user, router } = renderApp('/invite/inv-1', { as: null });
    expect(await screen.findByRole('heading', { name: 'Join TRAE' })).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail')).toHaveValue('new@example.com');

    await user.type(screen.getByLabelText(/Display name/), 'Nina New');
    await user.type(screen.getByLabelText(/^Password/), 'a long enough passphrase');
    await user.type(screen.getByLabelText(/^Confirm password/), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    // signed in by the answer itself: no second password prompt
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('button', { name: 'Account menu for Nina New' })).toBeInTheDocument();
    expect(fakeIdentity.cookieUserId).toBe('u-invited');
  });

  it('explains an unknown invitation', async () => {
    renderApp('/invite/nope', { as: null });
    expect(await screen.findByText(/unknown or has expired/)).toBeInTheDocument();
  });
});
