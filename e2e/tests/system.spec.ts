import { expect, test, type Page } from '@playwright/test';

import { expectHeading, screenshot, watchForProblems , signIn } from './support';

interface SystemInfo {
  name: string;
  version: string;
  status: string;
  database: { kind: string; product: string; version: string };
  dataDirectory: string | null;
  javaVersion: string;
}

function row(page: Page, label: string) {
  return page.getByRole('row', { name: new RegExp(`^${label}\\b`) }).getByRole('cell');
}

test('the System page shows health UP, the version and the embedded database', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  const token = await signIn(page);
  const anonymous = await page.request.get('/api/v1/system');
  expect(anonymous.status()).toBe(401);
  const api = await page.request.get('/api/v1/system', {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(api.status()).toBe(200);
  const info = (await api.json()) as SystemInfo;
  expect(info.status).toBe('UP');
  expect(info.database.kind).toBe('embedded');
  expect(Number(info.javaVersion.split(/[.+-]/)[0])).toBeGreaterThanOrEqual(21);

  await page.goto('/system');
  await expectHeading(page, 'System');

  const status = page.getByTestId('system-status');
  await expect(status).toHaveText('UP');
  await expect(status).toHaveAttribute('data-status', 'UP');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(`${info.name} ${info.version}`);
  await expect(row(page, 'Version')).toHaveText(info.version);
  await expect(row(page, 'Database')).toContainText('PostgreSQL');
  await expect(row(page, 'Database')).toContainText('(embedded)');
  await expect(row(page, 'Java')).toHaveText(info.javaVersion);
  if (info.dataDirectory) {
    await expect(row(page, 'Data directory')).toHaveText(info.dataDirectory);
  }

  await page.waitForLoadState('networkidle');
  await screenshot(page, 'system');
  expect(problems).toEqual([]);
});

test('a deep link to /system survives a reload', async ({ page }) => {
  await signIn(page);
  const problems = watchForProblems(page);

  const first = await page.goto('/system');
  expect(first?.status()).toBe(200);
  expect(first?.headers()['content-type']).toContain('text/html');
  await expectHeading(page, 'System');
  await expect(page.getByTestId('system-status')).toHaveText('UP');

  const again = await page.reload();
  expect(again?.status()).toBe(200);
  await expect(page).toHaveURL('/system');
  await expectHeading(page, 'System');
  await expect(page.getByTestId('system-status')).toHaveText('UP');
  await screenshot(page, 'system-after-reload');
  expect(problems).toEqual([]);
});
