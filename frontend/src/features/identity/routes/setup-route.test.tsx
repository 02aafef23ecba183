import { fakeIdentity, renderApp, screen } from '@/testing/test-utils';

describe('first-run setup', () => {
  it('sends every page to setup while no user exists', async () => {
    fakeIdentity.setupRequired = true;
    const { router } = renderApp('/system', { as: null });

    expect(await screen.findByRole('heading', { name: 'Set up TRAE' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/setup');
  });

  it('shows field errors from the problem and then creates the owner', async () => {
    fakeIdentity.setupRequired = true;
    const { user, router } = renderApp('/setup', { as: null });

    await user.type(await screen.findByLabelText(/E-mail/), 'boss@example.com');
    await user.type(screen.getByLabelText(/Display name/), 'Bea Boss');
    await user.type(screen.getByLabelText(/^Password/), 'short');
    await user.type(screen.getByLabelText(/^Confirm password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Create owner account' }));

    expect(await screen.findByText('must have at least 12 characters')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The password is too weak');
    expect(screen.getByText(/Strength: /)).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/^Password/));
    await user.type(screen.getByLabelText(/^Password/), 'a much longer passphrase');
    await user.clear(screen.getByLabelText(/^Confirm password/));
    await user.type(screen.getByLabelText(/^Confirm password/), 'a much longer passphrase');
    await user.click(screen.getByRole('button', { name: 'Create owner account' }));

    // signed in by the setup answer itself: no second password prompt
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('button', { name: 'Account menu for Bea Boss' })).toBeInTheDocument();
    expect(fakeIdentity.cookieUserId).toBe('u-new-owner');
  });

  it('checks that the passwords match', async () => {
    fakeIdentity.setupRequired = true;
    const { user } = renderApp('/setup', { as: null });
    await user.type(await screen.findByLabelText(/E-mail/), 'boss@example.com');
    await user.type(screen.getByLabelText(/Display name/), 'Bea Boss');
    await user.type(screen.getByLabelText(/^Password/), 'a much longer passphrase');
    await user.type(screen.getByLabelText(/^Confirm password/), 'something else entirely');
    await user.click(screen.getByRole('button', { name: 'Create owner account' }));

    expect(await screen.findByText('The passwords do not match')).toBeInTheDocument();
  });

  it('leaves setup once it is done', async () => {
    const { router } = renderApp('/setup', { as: null });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });
});
