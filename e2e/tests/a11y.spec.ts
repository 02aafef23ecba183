import { expect, test, type Page } from '@playwright/test';

import { seriousViolations } from './axe';
import { expectHeading, screenshot, signIn } from './support';

/** The screens a person meets, with the heading that says the page is there. */
const PICTURED = ['dashboard', 'content', 'calendar', 'media', 'channels', 'newsletter'];
const PICTURED_IDENTITY = ['admin-audit', 'settings-tokens'];
const SCREENS = [
  { name: 'dashboard', path: '/', heading: 'Dashboard' },
  { name: 'content', path: '/content', heading: 'Content' },
  { name: 'calendar', path: '/calendar', heading: 'Calendar' },
  { name: 'media', path: '/media', heading: 'Media' },
  { name: 'channels', path: '/channels', heading: 'Channels' },
  { name: 'newsletter', path: '/newsletter', heading: 'Newsletter' },
  { name: 'settings-profile', path: '/settings', heading: 'Settings' },
  { name: 'settings-password', path: '/settings/password', heading: 'Settings' },
  { name: 'settings-two-factor', path: '/settings/two-factor', heading: 'Settings' },
  { name: 'settings-sessions', path: '/settings/sessions', heading: 'Settings' },
  { name: 'settings-tokens', path: '/settings/tokens', heading: 'Settings' },
  { name: 'admin-users', path: '/admin/users', heading: 'Admin' },
  { name: 'admin-roles', path: '/admin/roles', heading: 'Admin' },
  { name: 'admin-audit', path: '/admin/audit', heading: 'Admin' },
  { name: 'system', path: '/system', heading: 'System' },
  { name: 'not-found', path: '/no/such/page', heading: 'Page not found' },
] as const;

async function ensureToken(page: Page, accessToken: string) {
  const headers = { Authorization: `Bearer ${accessToken}` };
  const list = await page.request.get('/api/v1/me/tokens', { headers });
  const { items } = (await list.json()) as { items: unknown[] };
  if (items.length > 0) return;
  const created = await page.request.post('/api/v1/me/tokens', {
    headers,
    data: { name: 'Publishing script', scopes: ['content:read'], expiresInDays: 30 },
  });
  expect(created.status(), await created.text()).toBe(201);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the login page has no serious accessibility violation', async ({ page }) => {
      await page.goto('/login');
      await expectHeading(page, 'Sign in');
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `a11y-login-${scheme}`);
    });

    test('the other public pages have no serious accessibility violation', async ({ page }) => {
      for (const [path, heading] of [
        ['/reset-password?token=e2e-unknown', 'Choose a new password'],
        ['/confirm-email?token=e2e-unknown', 'Confirm your new e-mail address'],
      ] as const) {
        await page.goto(path);
        await expectHeading(page, heading);
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });

    test('every signed-in screen has no serious accessibility violation', async ({ page }) => {
      test.setTimeout(120_000);
      await signIn(page);
      const found: string[] = [];
      for (const screen of SCREENS) {
        await page.goto(screen.path);
        await expectHeading(page, screen.heading);
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
        found.push(...(await seriousViolations(page)).map((v) => `${screen.name}: ${v}`));
        if ([...PICTURED, ...PICTURED_IDENTITY].includes(screen.name)) {
          await screenshot(page, `a11y-${screen.name}-${scheme}`);
        }
      }
      expect(found).toEqual([]);
    });

    test('content and publishing screens fit a 390 px wide screen', async ({ page }) => {
      await signIn(page);
      await page.setViewportSize({ width: 390, height: 844 });
      for (const screen of SCREENS.filter((s) => PICTURED.includes(s.name))) {
        await page.goto(screen.path);
        await expectHeading(page, screen.heading);
        await page.waitForLoadState('networkidle');
        // nothing makes the whole page scroll sideways (a wide table scrolls inside its own box)
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          screen.name,
        ).toBeLessThanOrEqual(390);
        await screenshot(page, `mobile-${screen.name}-${scheme}`);
      }
    });

    test('users and tokens stay usable on a 390 px wide screen', async ({ page }) => {
      const accessToken = await signIn(page);
      await ensureToken(page, accessToken);
      await page.setViewportSize({ width: 390, height: 844 });

      await page.goto('/admin/users');
      await expectHeading(page, 'Admin');
      const users = page.getByRole('table', { name: 'Users' });
      await expect(users).toBeVisible();
      // the row's actions are on screen without scrolling sideways
      const actions = users.getByRole('button', { name: /Actions for/ }).first();
      await expect(actions).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      await screenshot(page, `mobile-users-${scheme}`);

      await page.goto('/settings/tokens');
      await expectHeading(page, 'Settings');
      const tokens = page.getByRole('table', { name: 'API tokens' });
      await expect(tokens).toBeVisible();
      await expect(tokens.getByRole('button', { name: /Revoke token/ }).first()).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      await screenshot(page, `mobile-tokens-${scheme}`);

      await page.goto('/admin/roles');
      await expect(page.getByRole('table', { name: 'Role permissions' })).toBeVisible();
      await screenshot(page, `mobile-roles-${scheme}`);
      await page.goto('/admin/audit');
      await expect(page.getByRole('table', { name: 'Audit events' })).toBeVisible();
      await screenshot(page, `mobile-audit-${scheme}`);
      await page.goto('/settings/sessions');
      await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();
      await screenshot(page, `mobile-sessions-${scheme}`);
    });
  });
}

test('an anonymous page load logs nothing in the console and asks for no refresh', async ({
  page,
}) => {
  const errors: string[] = [];
  const refreshes: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/auth/refresh')) refreshes.push(request.url());
  });

  await page.goto('/');
  await expectHeading(page, 'Sign in');
  await page.waitForLoadState('networkidle');

  expect(errors).toEqual([]);
  expect(refreshes).toEqual([]);
});

test('a keyboard user sees where the focus is', async ({ page }) => {
  await page.goto('/login');
  await expectHeading(page, 'Sign in');
  // tab through the form to its button (inputs show focus with their border instead)
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.tagName === 'BUTTON')) break;
  }
  const focused = page.locator(':focus');
  await expect(focused).toHaveJSProperty('tagName', 'BUTTON');
  await expect(focused).toHaveCSS('outline-style', 'solid');
  await expect(focused).toHaveCSS('outline-width', '2px');
});
