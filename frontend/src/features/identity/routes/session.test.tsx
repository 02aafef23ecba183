import { sessionHint } from '@/lib/auth/session-store';
import { fakeIdentity } from '@/testing/fake-identity';
import { chooseMenuItem, renderApp, screen, waitFor, within } from '@/testing/test-utils';

describe('session', () => {
  it('restores the session after a reload with one silent refresh', async () => {
    renderApp('/system');

    expect(await screen.findByRole('heading', { level: 1, name: 'System' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /Account menu for Olivia Owner/ }));
    expect(fakeIdentity.refreshCalls).toBe(1);
  });

  it('sends anonymous visitors to the login page and back after signing in', async () => {
    const { user, router } = renderApp('/system', { as: null });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');

    await user.type(screen.getByLabelText(/E-mail/), 'owner@example.com');
    await user.type(screen.getByLabelText(/^Password/), 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'System' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/system');
  });

  it('lands on the login page when the refresh fails mid-session', async () => {
    const { user, router } = renderApp('/system');
    expect(await screen.findByTestId('system-status')).toHaveTextContent('UP');

    // The access token expires and the refresh cookie is gone too.
    fakeIdentity.expireAccessTokens();
    fakeIdentity.cookieUserId = null;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('Your session has ended. Sign in again.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.state).toEqual({ from: '/system' });
  });

  it('refreshes an expired access token transparently', async () => {
    const { user } = renderApp('/system');
    expect(await screen.findByTestId('system-status')).toHaveTextContent('UP');

    fakeIdentity.expireAccessTokens();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    await waitFor(() => {
      expect(fakeIdentity.refreshCalls).toBe(2);
    });
    expect(screen.getByTestId('system-status')).toHaveTextContent('UP');
    expect(screen.queryByRole('heading', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('signs out from the user menu', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await chooseMenuItem(
      user,
      await screen.findByRole('button', { name: /Account menu for Olivia Owner/ }),
      'Sign out',
    );

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(fakeIdentity.cookieUserId).toBeNull();
    expect(await screen.findByText('You signed out.')).toBeInTheDocument();
    // Give any stray refetch time to fail: the notice must not turn into "session has ended".
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText(/Your session has ended/)).not.toBeInTheDocument();
    expect(fakeIdentity.refreshCalls).toBe(1);
  });

  it('does not show Admin to users without admin permissions', async () => {
    renderApp('/', { as: 'u-editor' });

    await screen.findByRole('button', { name: /Account menu for Eddie Editor/ });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.queryByTestId('mfa-reminder')).not.toBeInTheDocument();
  });

  it('reminds owners without MFA to turn it on', async () => {
    const { user, router } = renderApp('/');

    const banner = await screen.findByTestId('mfa-reminder');
    await user.click(within(banner).getByRole('link', { name: /two-factor/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/two-factor');
    expect(screen.getByRole('tab', { name: 'Two-factor' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('does not try a refresh when this browser never signed in', async () => {
    renderApp('/system', { as: null });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(fakeIdentity.refreshCalls).toBe(0);
  });

  it('remembers a sign-in, and forgets it on sign-out, for the next page load', async () => {
    const { user } = renderApp('/login', { as: null });
    await user.type(await screen.findByLabelText(/E-mail/), 'owner@example.com');
    await user.type(screen.getByLabelText(/^Password/), 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(sessionHint.present()).toBe(true);

    await chooseMenuItem(
      user,
      await screen.findByRole('button', { name: /Account menu for Olivia Owner/ }),
      'Sign out',
    );
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(sessionHint.present()).toBe(false);
  });
});
