import { expect, test } from '@playwright/test';

import { expectHeading, mainNav, NAV, screenshot, watchForProblems , signIn } from './support';

test('the shell loads at / with no console errors or failed requests', async ({ page }) => {
  await signIn(page);
  const problems = watchForProblems(page);

  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  // The strict policy is what makes "no console errors" mean "no CSP violation".
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

  await expectHeading(page, 'Dashboard');
  await expect(page.getByRole('banner')).toContainText('TRAE');
  await expect(page.getByRole('main')).toBeVisible();

  const links = mainNav(page).getByRole('link');
  await expect(links).toHaveText(NAV.map((item) => item.label));
  await expect(mainNav(page).getByRole('link', { name: 'Dashboard' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // lazily loaded chunks, fonts, the favicon: all must have arrived without an error
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'dashboard');
  expect(problems).toEqual([]);
});

test('an unknown page shows "Page not found" inside the shell', async ({ page }) => {
  await signIn(page);
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(200);

  await expectHeading(page, 'Page not found');
  await expect(page.getByRole('main')).toContainText('/no/such/page');
  await expect(mainNav(page)).toBeVisible();
  await screenshot(page, 'not-found');

  await page.getByRole('link', { name: 'Go to the dashboard' }).click();
  await expect(page).toHaveURL('/');
  await expectHeading(page, 'Dashboard');
});
