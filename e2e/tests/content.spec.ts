import { expect, type Page, test } from '@playwright/test';

import { OWNER, SESSION_HINT_KEY, expectHeading, screenshot, signIn, watchForProblems } from './support';

const EDITOR = {
  email: 'editor@e2e.test',
  displayName: 'E2E Editor',
  password: 'editors also use long passphrases 31',
};

/** The body editor (TipTap's contenteditable). */
function body(page: Page) {
  return page.locator('.ProseMirror').first();
}

/** Saves with Ctrl/Cmd+S and waits for the version the save minted. */
async function save(page: Page, note: string, version: number) {
  await page.getByLabel('Change note').fill(note);
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByText(`Saved as version ${version}.`)).toBeVisible();
}

/**
 * A writer's day in the content manager: create an article, format its text, save twice, compare
 * the versions and restore one, submit it, and an editor (another account, another browser)
 * approves it. Then two browsers save the same item: the second gets the conflict dialog.
 */
test('write, save, diff, restore, submit and approve an article', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const problems = watchForProblems(page);
  const ownerToken = await signIn(page);

  await test.step('create an article', async () => {
    await page.goto('/content');
    await expectHeading(page, 'Content');
    await page.getByRole('button', { name: 'New item' }).click();
    const dialog = page.getByRole('dialog', { name: 'New item' });
    await dialog.getByLabel('Title').fill('Launch notes for the spring season');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(page).toHaveURL(/\/content\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('item-status')).toHaveText(/draft/i);
  });

  await test.step('format text and save twice', async () => {
    await body(page).click();
    await page.keyboard.type('The spring season starts with three launches.');
    // bold the last word through the keyboard shortcut
    for (let i = 0; i < 'launches'.length + 1; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('ControlOrMeta+b');
    await expect(body(page).locator('strong')).toContainText('launches');
    await save(page, 'First draft', 2);
    await body(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Each one gets a post.');
    await save(page, 'Second paragraph', 3);
    await screenshot(page, 'content-01-editor');
  });

  await test.step('see the diff and restore a version', async () => {
    await page.getByRole('button', { name: 'History' }).click();
    const drawer = page.getByRole('dialog', { name: 'Version history' });
    await expect(drawer.getByRole('listitem', { name: 'Version 3' })).toBeVisible();
    await drawer.getByLabel('Compare version 2').check();
    await drawer.getByLabel('Compare version 3').check();
    const diff = drawer.getByRole('region', { name: 'Changes from version 2 to 3' });
    await expect(diff).toContainText('Each one gets a post.');
    await screenshot(page, 'content-02-diff');
    await drawer.getByRole('button', { name: 'Restore version 2' }).click();
    await page.getByRole('dialog', { name: /Restore version 2/ }).getByRole('button', { name: 'Restore' }).click();
    // the drawer closes on the restored text, now version 4
    await expect(page.getByText('Version 2 restored as version 4.')).toBeVisible();
    await expect(body(page)).not.toContainText('Each one gets a post.');
    await page.getByRole('button', { name: 'History' }).click();
    await expect(drawer.getByRole('listitem', { name: 'Version 4' })).toBeVisible();
    await page.keyboard.press('Escape');
  });

  await test.step('submit for review', async () => {
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByTestId('item-status')).toHaveText(/in review/i);
  });
  const itemUrl = page.url();

  await test.step('an editor approves it', async () => {
    const invited = await page.request.post('/api/v1/users/invitations', {
      headers: { Authorization: `Bearer ${ownerToken}` },
      data: { email: EDITOR.email, role: 'EDITOR' },
    });
    expect(invited.status(), await invited.text()).toBe(201);
    const token = new URL(((await invited.json()) as { inviteUrl: string }).inviteUrl).pathname.split('/').pop();
    const context = await browser.newContext({ baseURL });
    const accepted = await context.request.post('/api/v1/invitations/accept', {
      data: { token, displayName: EDITOR.displayName, password: EDITOR.password },
    });
    expect(accepted.status(), await accepted.text()).toBe(201);
    await context.addInitScript((key) => window.localStorage.setItem(key, '1'), SESSION_HINT_KEY);
    const editor = await context.newPage();
    const editorProblems = watchForProblems(editor);
    await editor.goto(new URL(itemUrl).pathname);
    await editor.getByRole('button', { name: 'Approve' }).click();
    await expect(editor.getByTestId('item-status')).toHaveText(/approved/i);
    await screenshot(editor, 'content-03-approved-by-editor');
    expect(editorProblems).toEqual([]);
    await context.close();
  });

  expect(problems).toEqual([]);
});

test('two browsers save the same item: the second sees the conflict and keeps its text', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const token = await signIn(page);
  const created = await page.request.post('/api/v1/content', {
    headers: { Authorization: `Bearer ${token}` },
    data: { type: 'blog-post', title: 'A post two people edit', body: 'The first line.' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const other = await browser.newContext({ baseURL });
  const theirs = await other.newPage();
  await theirs.request.post('/api/v1/auth/login', { data: { email: OWNER.email, password: OWNER.password } });
  await other.addInitScript((key) => window.localStorage.setItem(key, '1'), SESSION_HINT_KEY);

  await page.goto(`/content/${id}`);
  await theirs.goto(`/content/${id}`);
  await expect(body(page)).toContainText('The first line.');
  await expect(body(theirs)).toContainText('The first line.');

  // they save first
  await body(theirs).click();
  await theirs.keyboard.press('End');
  await theirs.keyboard.type(' Their addition.');
  await save(theirs, 'Theirs', 2);

  // then I save from the version I read
  await body(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' My addition.');
  await page.getByLabel('Change note').fill('Mine');
  await page.keyboard.press('ControlOrMeta+s');
  const conflict = page.getByRole('dialog', { name: 'Someone else saved this item' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Their addition.');
  await screenshot(page, 'content-04-conflict');
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toBeHidden();
  await expect(page.getByText('Saved as version 3.')).toBeVisible();

  const stored = await page.request.get(`/api/v1/content/${id}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(((await stored.json()) as { body: string }).body).toContain('My addition.');
  await other.close();
});
