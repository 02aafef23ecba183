import { expect, test } from '@playwright/test';

import { expectHeading, screenshot, watchForProblems , signIn } from './support';

// A light operating-system preference, so the first scheme is known.
test.use({ colorScheme: 'light' });

test('the colour-scheme toggle switches dark and light, and the choice survives a reload', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await signIn(page);
  const html = page.locator('html');

  await page.goto('/');
  await expectHeading(page, 'Dashboard');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');

  await page.getByRole('button', { name: 'Switch to dark colour scheme' }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light colour scheme' })).toBeVisible();
  await screenshot(page, 'theme-dark');

  await page.reload();
  await expectHeading(page, 'Dashboard');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await page.getByRole('button', { name: 'Switch to light colour scheme' }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await expect(page.getByRole('button', { name: 'Switch to dark colour scheme' })).toBeVisible();
  await screenshot(page, 'theme-light');
  expect(problems).toEqual([]);
});
