import { expect, test, type Page } from '@playwright/test';

import { seriousViolations } from './axe';
import { OWNER, expectHeading, screenshot, signIn, watchForProblems } from './support';

/**
 * The first minutes of a new install, on the fresh database (this project runs before every
 * other): setting TRAE up signs the owner in, and an invitee who accepts lands in the app signed
 * in, also with a link the owner made anew (the old one then no longer works).
 */
test.describe.configure({ mode: 'serial' });

const INVITEE = {
  email: 'invitee@e2e.test',
  displayName: 'E2E Invitee',
  password: 'invitees pick long passphrases 23',
};

/** Ends the owner's session here, so identity.spec.ts finds only the sessions it opens itself. */
async function signOut(page: Page) {
  expect((await page.request.post('/api/v1/auth/logout')).status()).toBe(204);
}

function accountMenu(page: Page, name: string) {
  return page.getByRole('button', { name: `Account menu for ${name}` });
}

test('setup lands signed in', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expectHeading(page, 'Set up TRAE');
  await page.getByLabel('E-mail').fill(OWNER.email);
  await page.getByLabel('Display name').fill(OWNER.displayName);
  await page.getByLabel(/^Password/).fill(OWNER.password);
  await page.getByLabel('Confirm password').fill(OWNER.password);
  await screenshot(page, 'onboarding-01-setup');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Create owner account' }).click();

  // straight into the app: no second password prompt
  await expectHeading(page, 'Dashboard');
  await expect(accountMenu(page, OWNER.displayName)).toBeVisible();
  await expect(page).not.toHaveURL(/\/login|\/setup/);
  await screenshot(page, 'onboarding-02-signed-in-after-setup');
  // the session is a real one: the refresh cookie restores it after a reload
  await page.reload();
  await expect(accountMenu(page, OWNER.displayName)).toBeVisible();
  await signOut(page);
  expect(problems).toEqual([]);
});

test('an accepted invitation lands signed in, with a link made anew', async ({ page, browser }) => {
  const problems = watchForProblems(page);
  await signIn(page);
  await page.goto('/admin/users');
  await page.getByRole('button', { name: 'Invite user' }).click();
  const invite = page.getByRole('dialog', { name: 'Invite a user' });
  await invite.getByLabel('E-mail').fill(INVITEE.email);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  const first = await page.getByTestId('invite-link').inputValue();
  expect(first).toMatch(/\/invite\/\S+$/);
  await invite.getByRole('button', { name: 'Done' }).click();

  const users = page.getByRole('table', { name: 'Users' });
  await users.getByRole('button', { name: `Actions for ${INVITEE.email}` }).click();
  await expect(page.getByRole('menuitem', { name: 'Disable' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Resend or copy invitation link…' }).click();
  await page.getByRole('button', { name: 'Make a new link' }).click();
  const second = await page.getByTestId('reissued-invite-link').inputValue();
  expect(second).not.toBe(first);
  await screenshot(page, 'onboarding-03-invitation-link-made-anew');
  await page.getByRole('button', { name: 'Done' }).click();

  // the invitee's own browser: its own cookies, nobody signed in
  const context = await browser.newContext();
  const invitee = await context.newPage();
  const inviteeProblems = watchForProblems(invitee);
  await invitee.goto(new URL(first).pathname);
  await expect(invitee.getByText(/unknown or has expired/)).toBeVisible();

  await invitee.goto(new URL(second).pathname);
  await expectHeading(invitee, 'Join TRAE');
  await expect(invitee.getByLabel('E-mail')).toHaveValue(INVITEE.email);
  await invitee.getByLabel('Display name').fill(INVITEE.displayName);
  await invitee.getByLabel(/^Password/).fill(INVITEE.password);
  await invitee.getByLabel('Confirm password').fill(INVITEE.password);
  await screenshot(invitee, 'onboarding-04-accept-invitation');
  expect(await seriousViolations(invitee)).toEqual([]);
  await invitee.getByRole('button', { name: 'Create my account' }).click();

  await expectHeading(invitee, 'Dashboard');
  await expect(accountMenu(invitee, INVITEE.displayName)).toBeVisible();
  await expect(invitee).not.toHaveURL(/\/login/);
  await screenshot(invitee, 'onboarding-05-signed-in-after-accepting');
  await invitee.reload();
  await expect(accountMenu(invitee, INVITEE.displayName)).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('table', { name: 'Users' }).getByRole('row', { name: new RegExp(INVITEE.displayName) }),
  ).toContainText('active');
  await context.close();
  await signOut(page);
  expect(problems).toEqual([]);
  // the old link was meant to be refused
  const refusedOldLink = /404.*\/api\/v1\/invitations\//;
  expect(inviteeProblems.filter((p) => !refusedOldLink.test(p))).toEqual([]);
});
