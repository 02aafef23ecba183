import path from 'node:path';

import { expect, type Page } from '@playwright/test';

const target = process.env.TRAE_E2E_TARGET ?? path.join(__dirname, '..', 'target');

/** The pages of the main navigation, in order, with their paths. */
export const NAV = [
  { label: 'Dashboard', path: '/' },
  { label: 'Content', path: '/content' },
  { label: 'Calendar', path: '/calendar' },
  { label: 'Media', path: '/media' },
  { label: 'Channels', path: '/channels' },
  { label: 'Analytics', path: '/analytics' },
  { label: 'Settings', path: '/settings' },
  { label: 'System', path: '/system' },
  { label: 'Admin', path: '/admin' },
] as const;

/** The owner onboarding.spec.ts creates through the setup screen; other specs sign in as them. */
export const OWNER = {
  email: 'owner@e2e.test',
  displayName: 'E2E Owner',
  password: 'e2e owners use long passphrases 17',
};

/** The app's localStorage hint that a refresh is worth trying (frontend session-store.ts). */
export const SESSION_HINT_KEY = 'trae.session-hint';

/**
 * Signs in through the API from the page's own context, so the HttpOnly refresh cookie lands in
 * the browser and the app restores the session on load, as after a reload.
 */
export async function signIn(page: Page): Promise<string> {
  const response = await page.request.post('/api/v1/auth/login', {
    data: { email: OWNER.email, password: OWNER.password },
  });
  expect(response.status(), await response.text()).toBe(200);
  // what the app keeps after signing in through its own form: "this browser has a session"
  await page.addInitScript((key) => window.localStorage.setItem(key, '1'), SESSION_HINT_KEY);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A signed-out visitor's first refresh attempt is expected to be refused. */
function expected(url: string, status: number): boolean {
  return status === 401 && url.endsWith('/api/v1/auth/refresh');
}

/**
 * Records what a user would see in the browser's console or network tab as broken: console
 * errors (a CSP violation is one), uncaught exceptions, failed requests and HTTP errors.
 * Call before the first navigation; assert `problems` is empty at the end.
 */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !(msg.location().url.endsWith('/api/v1/auth/refresh') && msg.text().includes('401'))) {
      const where = msg.location().url ? ` (${msg.location().url})` : '';
      problems.push(`console error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    // a navigation or reload cancels what the previous page still had in flight: not a failure
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(
      `request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`,
    );
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !expected(response.url(), response.status())) {
      problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    }
  });
  return problems;
}

/** A full-page screenshot in target/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(target, 'screenshots', `${name}.png`), fullPage: true });
}

export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}
