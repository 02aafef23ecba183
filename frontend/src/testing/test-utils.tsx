import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import { makeStore } from '@/app/store';

import { fakeIdentity } from './fake-identity';

export type FakeUserId = 'u-owner' | 'u-editor' | 'u-author' | (string & {});

interface RenderAppOptions {
  /**
   * Who is signed in: the fake backend gets a refresh cookie for this user, so the app's
   * start-up refresh restores their session as after a reload. `null` for nobody.
   * Default: the owner (every permission).
   */
  as?: FakeUserId | null;
}

/** Renders the whole app (providers, shell, lazy routes) at `path`, with a fresh store. */
export function renderApp(path = '/', { as = 'u-owner' }: RenderAppOptions = {}) {
  if (as) fakeIdentity.signInWithCookie(as);
  const store = makeStore();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup({ delay: null });
  const result = render(
    <AppProvider store={store}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, user, router, store };
}

/** Opens a Mantine menu and picks one of its items. */
export async function chooseMenuItem(
  user: ReturnType<typeof userEvent.setup>,
  trigger: HTMLElement,
  item: string,
) {
  await user.click(trigger);
  await user.click(await screen.findByRole('menuitem', { name: item }));
}

export { fakeIdentity };
export * from '@testing-library/react';
