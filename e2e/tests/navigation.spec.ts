import { expect, test } from '@playwright/test';

import { expectHeading, mainNav, NAV, screenshot, watchForProblems , signIn } from './support';

test('each navigation link opens its page', async ({ page }) => {
  await signIn(page);
  const problems = watchForProblems(page);
  await page.goto('/');
  await expectHeading(page, 'Dashboard');

  // Dashboard last, so every link is clicked from another page.
  for (const { label, path } of [...NAV.slice(1), NAV[0]]) {
    await test.step(label, async () => {
      const link = mainNav(page).getByRole('link', { name: label, exact: true });
      await link.click();

      await expect(page).toHaveURL(path === '/' ? /\/$/ : new RegExp(`${path}(/[a-z-]+)?$`));
      await expectHeading(page, label);
      await expect(link).toHaveAttribute('aria-current', 'page');
      if (!['Content', 'Calendar', 'Media', 'Channels', 'System', 'Settings', 'Admin'].includes(label)) {
        // placeholders say which capability brings them
        await expect(page.getByRole('main')).toContainText(/arrives? with the .+ capabilit/);
      }
      await screenshot(page, `page-${label.toLowerCase()}`);
    });
  }
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
