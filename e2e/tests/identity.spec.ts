import { expect, request, test } from '@playwright/test';

import { OWNER, expectHeading, screenshot, watchForProblems } from './support';
import { totp } from './totp';

/**
 * The owner's first sessions as a person lives them (onboarding.spec.ts created the owner just
 * before): sign in, turn on two-factor authentication (codes computed here, as an authenticator
 * app would), sign out, sign in again with a code, and sign out a session on another device.
 */
test('sign-in, TOTP enrolment, sign-in with TOTP, revoking another session', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const problems = watchForProblems(page);

  await test.step('sign in with the password', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await expectHeading(page, 'Sign in');
    await page.getByLabel('E-mail').fill(OWNER.email);
    await page.locator('input[type="password"]').first().fill(OWNER.password);
    await screenshot(page, 'identity-02-login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectHeading(page, 'Dashboard');
    await expect(page.getByTestId('mfa-reminder')).toBeVisible();
    await screenshot(page, 'identity-03-dashboard-with-mfa-reminder');
  });

  // a second device: its own cookie jar
  const laptop = await request.newContext({ baseURL });
  const laptopLogin = await laptop.post('/api/v1/auth/login', {
    data: { email: OWNER.email, password: OWNER.password },
    headers: { 'User-Agent': 'E2E laptop' },
  });
  expect(laptopLogin.status()).toBe(200);

  let secret = '';
  await test.step('enrol an authenticator app', async () => {
    await page.goto('/settings/two-factor');
    await page.getByRole('button', { name: 'Set up authenticator app' }).click();
    await expect(page.getByAltText('QR code for your authenticator app')).toBeVisible();
    secret = await page.getByTestId('totp-secret').inputValue();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await screenshot(page, 'identity-04-totp-qr');
    await page.getByLabel('Code from the app').fill(totp(secret));
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await expect(page.getByText(/^[a-z0-9]{5}-[a-z0-9]{5}$/)).toHaveCount(10);
    await screenshot(page, 'identity-05-recovery-codes');
    await page.getByLabel('I saved my recovery codes somewhere safe').check();
    await page.getByRole('button', { name: 'Done' }).click();
  });

  await test.step('sign out', async () => {
    await page.getByRole('button', { name: `Account menu for ${OWNER.displayName}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
  });

  await test.step('sign in again with a code', async () => {
    await page.getByLabel('E-mail').fill(OWNER.email);
    await page.locator('input[type="password"]').first().fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectHeading(page, 'Two-factor authentication');
    await screenshot(page, 'identity-06-mfa-step');
    // the enrolment used the current step; the next one is still inside the ±1 window
    await page.getByLabel('Authentication code').fill(totp(secret, Date.now(), 1));
    await page.getByRole('button', { name: 'Verify' }).click();
    // back where the user signed out from
    await expect(
      page.getByRole('button', { name: `Account menu for ${OWNER.displayName}` }),
    ).toBeVisible();
    await expect(page).not.toHaveURL(/\/login/);
    await expect(page.getByTestId('mfa-reminder')).toHaveCount(0);
  });

  await test.step('sign out the other device', async () => {
    await page.goto('/settings/sessions');
    const sessions = page.getByRole('table', { name: 'Sessions' });
    await expect(sessions.getByRole('row')).toHaveCount(3); // header + this device + laptop
    await screenshot(page, 'identity-07-sessions');
    await page.getByRole('button', { name: /Revoke session E2E laptop/ }).click();
    await expect(sessions.getByRole('row')).toHaveCount(2);
    const refused = await laptop.post('/api/v1/auth/refresh');
    expect(refused.status()).toBe(401);
    await screenshot(page, 'identity-08-session-revoked');
  });

  await test.step('turn two-factor off again with the password, for the specs that follow', async () => {
    await page.goto('/settings/two-factor');
    await page.getByText('With my password').click();
    await page.locator('input[type="password"]').first().fill(OWNER.password);
    await page.getByRole('button', { name: 'Turn off' }).click();
    await expect(page.getByRole('button', { name: 'Set up authenticator app' })).toBeVisible();
  });

  await laptop.dispose();
  await page.waitForLoadState('networkidle');
  // signing out cancels in-flight requests and turns the old token's last calls into 401s;
  // anything else (a CSP violation, an exception, a 5xx) is a defect
  expect(problems.filter((p) => !/HTTP 401|status of 401|ERR_ABORTED/.test(p))).toEqual([]);
});
