import { renderApp, screen, within } from '@/testing/test-utils';

const NAV = [
  'Dashboard',
  'Content',
  'Calendar',
  'Media',
  'Channels',
  'Analytics',
  'Settings',
  'System',
  'Admin',
];

describe('app shell', () => {
  it('shows the header, landmarks and every navigation link', async () => {
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('TRAE');
    expect(screen.getByRole('main')).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    // The owner may administer: Admin appears once their permissions are known.
    await within(nav).findByRole('link', { name: 'Admin' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(NAV);
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('navigates between pages and highlights the active link', async () => {
    const { user, router } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });

    await user.click(within(nav).getByRole('link', { name: 'Content' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Content' })).toBeInTheDocument();
    // The content list replaced its placeholder.
    expect(await screen.findByRole('searchbox', { name: 'Search content' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/content');
    expect(within(nav).getByRole('link', { name: 'Content' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute(
      'aria-current',
    );

    await user.click(within(nav).getByRole('link', { name: 'System' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'System' })).toBeInTheDocument();
  });

  it.each([['/analytics', 'Analytics']])('renders the placeholder at %s', async (path, title) => {
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByText(/arrives? with the .* capabilit/)).toBeInTheDocument();
  });

  it('shows a not-found page inside the shell for unknown routes', async () => {
    renderApp('/no/such/page');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
  });
});
