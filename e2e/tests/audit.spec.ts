import { expect, test } from '@playwright/test';

import { expectHeading, OWNER, screenshot, signIn, watchForProblems } from './support';

test('an audit entry opens with its summary, actor and address readable', async ({ page }) => {
  const problems = watchForProblems(page);
  await signIn(page);

  await page.goto('/admin/audit');
  await expectHeading(page, 'Admin');
  const table = page.getByRole('table', { name: 'Audit events' });
  const login = table.getByRole('row', { name: /auth\.login\.succeeded by/ }).first();
  await expect(login).toBeVisible();

  await login.click();
  const drawer = page.getByRole('dialog', { name: 'Audit event' });
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText('auth.login.succeeded');
  // the actor as a person (their e-mail at least; the name too once the backend sends it)
  await expect(drawer).toContainText(OWNER.email);
  // the loopback address of the test run, compact (never 0:0:0:0:0:0:0:1 or ::ffff:127.0.0.1)
  await expect(drawer).not.toContainText('0:0:0:0');
  await expect(drawer).not.toContainText('::ffff:');
  await screenshot(page, 'audit-entry');
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(drawer).toBeHidden();

  // every entry opens: the page survives whatever summary each one carries
  // Rows by CSS, not by role: while a drawer closes Mantine may still hide the page from the
  // accessibility tree, and a role query then finds no rows at all. (The other worker's tests add
  // entries meanwhile, so the rows shift, but never fewer.)
  const rows = page.locator('table[aria-label="Audit events"] tbody tr');
  const count = Math.min(await rows.count(), 15);
  for (let i = 0; i < count; i++) {
    await rows.nth(i).click();
    await expect(drawer).toBeVisible();
    await expect(drawer).toContainText('Event id');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  }

  await test.step('filter by a person picked by name', async () => {
    await page.getByRole('combobox', { name: 'Actor' }).fill(OWNER.displayName.slice(0, 6));
    await page.getByRole('option', { name: new RegExp(OWNER.email) }).click();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(
      table.getByRole('row', { name: /by (E2E Owner|owner@e2e\.test)/ }).first(),
    ).toBeVisible();
  });
  expect(problems).toEqual([]);
});
