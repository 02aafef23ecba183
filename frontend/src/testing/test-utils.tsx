import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import { makeStore } from '@/app/store';
import { theme } from '@/app/theme';

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

/** Renders one component inside the app's Mantine theme, without store or router. */
export function renderUi(ui: ReactNode) {
  const user = userEvent.setup({ delay: null });
  return { ...render(<MantineProvider theme={theme}>{ui}</MantineProvider>), user };
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

/** A fresh store, for tests that drive RTK Query endpoints without rendering. */
export { makeStore };

export { fakeIdentity };
export * from '@testing-library/react';
