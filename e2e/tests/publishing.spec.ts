import { randomBytes } from 'node:crypto';

import { expect, type Page, test } from '@playwright/test';

import { gradientPng } from './png';
import { expectHeading, screenshot, signIn, watchForProblems } from './support';
import { signatureValid, WebhookReceiver } from './webhook-receiver';

const FILE = 'harbour-cover.png';
const ALT = 'Fishing boats in the harbour at dawn';

async function api(page: Page, token: string, method: string, path: string, data?: unknown) {
  const response = await page.request.fetch(path, {
    method,
    headers: { Authorization: `Bearer ${token}` },
    data,
  });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response;
}

/**
 * What a creator does to get a post out: upload a cover image (with its progress), give it alt
 * text, choose it as an article's cover, schedule the article to a webhook channel a few seconds
 * ahead, and see it go out: the receiver gets one signed request, the calendar shows the item as
 * published, the channel's delivery log shows the attempt.
 */
test('upload a cover, schedule an article to a webhook, see it delivered', async ({ page }) => {
  test.setTimeout(120_000);
  const receiver = new WebhookReceiver();
  const hookUrl = await receiver.start();
  const problems = watchForProblems(page);
  const token = await signIn(page);
  const secret = `whsec_${randomBytes(24).toString('base64')}`;

  const channel = await (
    await api(page, token, 'POST', '/api/v1/channels', {
      slug: 'e2e-hook',
      name: 'E2E webhook',
      connector: 'webhook',
      settings: { url: hookUrl, allowInsecureHttp: 'true' },
      secrets: { signingSecret: secret },
    })
  ).json();

  await test.step('upload an image and give it alt text', async () => {
    await page.goto('/media');
    await expectHeading(page, 'Media');
    await page.getByTestId('upload-input').setInputFiles({
      name: FILE,
      mimeType: 'image/png',
      buffer: gradientPng(1200, 675),
    });
    await expect(page.getByRole('progressbar', { name: `Progress of ${FILE}` })).toBeVisible();
    const tile = page.getByRole('list', { name: 'Media' }).getByRole('button', { name: FILE });
    await tile.click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('textbox', { name: 'Alt text' }).fill(ALT);
    await drawer.getByRole('button', { name: 'Save alt text' }).click();
    await expect(page.getByText('Alt text saved.')).toBeVisible();
    await screenshot(page, 'publishing-01-media');
    await page.keyboard.press('Escape');
  });

  const item = await (
    await api(page, token, 'POST', '/api/v1/content', {
      type: 'article',
      title: 'Harbour season opens',
      body: 'The boats are back. **Everyone** is welcome on the quay.',
      channels: ['e2e-hook'],
    })
  ).json();

  await test.step('choose the image as the cover in the editor', async () => {
    await page.goto(`/content/${item.id}`);
    const cover = page.getByRole('group', { name: 'Cover image' });
    await cover.getByRole('button', { name: 'Choose cover image' }).click();
    const picker = page.getByRole('dialog', { name: 'Choose a cover image' });
    await picker.getByRole('button', { name: FILE }).click();
    await picker.getByRole('button', { name: 'Use this file' }).click();
    await expect(cover.getByTestId('cover-preview')).toBeVisible();
    await page.getByLabel('Change note').fill('Cover image');
    await page.keyboard.press('ControlOrMeta+s');
    await expect(page.getByText('Saved as version 2.')).toBeVisible();
    await screenshot(page, 'publishing-02-cover');
  });

  await test.step('submit, approve and schedule it a few seconds ahead', async () => {
    for (const action of ['submit', 'approve']) {
      await api(page, token, 'POST', `/api/v1/content/${item.id}/transitions`, { action });
    }
    const at = new Date(Date.now() + 5_000).toISOString();
    await api(page, token, 'POST', `/api/v1/content/${item.id}/transitions`, { action: 'schedule', at });
  });

  await test.step('the receiver gets it once, signed', async () => {
    await expect.poll(() => receiver.received.length, { timeout: 45_000 }).toBeGreaterThan(0);
    // a few more seconds: a second delivery would show up here
    await page.waitForTimeout(3_000);
    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    expect(signatureValid(secret, message!)).toBe(true);
    const event = JSON.parse(message!.body) as { type: string; data: { title: string } };
    expect(event.type).toBe('content.published');
    expect(event.data.title).toBe('Harbour season opens');
  });

  await test.step('the calendar, the delivery log and the editor show it delivered', async () => {
    await page.goto('/calendar');
    await expectHeading(page, 'Calendar');
    await expect(page.getByTestId(`entry-published:${item.id}`)).toBeVisible();
    await screenshot(page, 'publishing-03-calendar');

    await page.goto(`/channels/${channel.id}`);
    await expectHeading(page, 'E2E webhook');
    await expect(page.getByText('Harbour season opens').first()).toBeVisible();
    await expect(page.getByText('Delivered').first()).toBeVisible();
    await screenshot(page, 'publishing-04-delivery-log');

    await page.goto(`/content/${item.id}`);
    const publications = page.getByRole('list', { name: 'Publications' });
    await expect(publications.getByText('Delivered').first()).toBeVisible();
    await screenshot(page, 'publishing-05-publication-panel');
  });

  await receiver.stop();
  expect(problems).toEqual([]);
});
