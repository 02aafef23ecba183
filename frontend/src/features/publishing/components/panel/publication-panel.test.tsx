import { fakeContentItem } from '@/testing/fake-content-item';
import { fakeAttempt, fakePublication, fakePublishing } from '@/testing/fake-publishing';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakePublishing;
const MASTODON = { id: 'ch-m', slug: 'masto', name: 'Mastodon', connector: 'mastodon' };
const FEED = { id: 'ch-feed', slug: 'blog-feed', name: 'Blog feed', connector: 'feed' };

beforeEach(() => {
  f.reset();
});

async function openEditor() {
  const app = renderApp('/content/c-1');
  await screen.findByRole('textbox', { name: 'Title' });
  return app;
}

const panel = () => screen.findByRole('region', { name: 'Publishing' });

describe('the editor’s publication panel', () => {
  it('is absent for an item never published', async () => {
    await openEditor();
    await waitFor(() => expect(f.publicationReads).toBe(1));
    expect(screen.queryByRole('region', { name: 'Publishing' })).not.toBeInTheDocument();
  });

  it('shows each channel’s status: delivered with its link, failed with the reason and a retry', async () => {
    f.publications.set('c-1', [
      fakePublication({
        status: 'delivered',
        externalUrl: 'https://partner.example/p/1',
        deliveredAt: '2026-12-02T09:01:00Z',
      }),
      fakePublication({
        id: 'p-2',
        channel: MASTODON,
        status: 'failed',
        lastError: 'Mastodon refused the token (401); reconnect the channel.',
        actions: ['retry'],
      }),
      fakePublication({
        id: 'p-3',
        channel: FEED,
        status: 'needs_checking',
        actions: ['send_again', 'mark_delivered'],
      }),
    ]);
    const { user } = await openEditor();
    const list = within(await panel()).getByRole('list', { name: 'Publications' });
    const hook = within(list).getByRole('listitem', { name: 'Partner webhook' });
    expect(hook).toHaveTextContent('Delivered');
    expect(within(hook).getByRole('link', { name: 'See it at Partner webhook' })).toHaveAttribute(
      'href',
      'https://partner.example/p/1',
    );
    const masto = within(list).getByRole('listitem', { name: 'Mastodon' });
    expect(masto).toHaveTextContent('Failed');
    expect(masto).toHaveTextContent('Mastodon refused the token (401); reconnect the channel.');
    const feed = within(list).getByRole('listitem', { name: 'Blog feed' });
    expect(feed).toHaveTextContent('Needs checking');
    expect(within(feed).getByRole('button', { name: 'Mark delivered: Blog feed' })).toBeVisible();
    expect(within(feed).getByRole('button', { name: 'Send again: Blog feed' })).toBeVisible();

    await user.click(within(masto).getByRole('button', { name: 'Retry now: Mastodon' }));
    await waitFor(() => expect(f.lastAction?.path).toBe('retry:p-2'));
    expect(await within(masto).findByText('Queued')).toBeVisible();
  });

  it('polls every 2 s while a delivery is under way, and stops once none is', async () => {
    f.publications.set('c-1', [
      fakePublication({ status: 'pending', attempts: 0 }),
      fakePublication({ id: 'p-2', channel: MASTODON, status: 'delivered' }),
    ]);
    // What the reads find in turn: queued, then sending, then delivered.
    f.progress.set('p-1', ['pending', 'sending', 'delivered']);
    await openEditor();
    const hook = within(await panel()).getByRole('listitem', { name: 'Partner webhook' });
    expect(hook).toHaveTextContent('Queued');
    await waitFor(() => expect(hook).toHaveTextContent('Sending now…'), { timeout: 4500 });
    await waitFor(() => expect(hook).toHaveTextContent('Delivered'), { timeout: 4500 });
    const reads = f.publicationReads;
    await new Promise((resolve) => setTimeout(resolve, 2600));
    expect(f.publicationReads).toBe(reads);
  }, 20_000);

  it('asks again when the item is published, and shows the new publications', async () => {
    fakeContentItem.reset({ status: 'approved' });
    const { user } = await openEditor();
    await waitFor(() => expect(f.publicationReads).toBe(1));
    f.publications.set('c-1', [
      fakePublication({
        status: 'retrying',
        attempts: 1,
        lastError: 'Could not connect to partner.example; nothing was sent.',
        nextAttemptAt: '2026-12-02T09:00:40Z',
      }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const hook = within(await panel()).getByRole('listitem', { name: 'Partner webhook' });
    expect(hook).toHaveTextContent('Retrying');
    expect(hook).toHaveTextContent('Could not connect to partner.example; nothing was sent.');
    expect(hook).toHaveTextContent(/Attempt 1 so far; the next at/);
  });

  it('shows the item’s attempts on every channel, each with its details', async () => {
    f.publications.set('c-1', [fakePublication()]);
    f.attempts = [
      fakeAttempt(2, { outcome: 'delivered', status: 200, reason: null }),
      fakeAttempt(1, { channel: { id: 'ch-m', slug: 'masto', name: 'Mastodon' } }),
    ];
    const { user } = await openEditor();
    const toggle = within(await panel()).getByRole('button', { name: 'Delivery attempts' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const table = await screen.findByRole('table', { name: 'Delivery attempts' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    await user.click(within(table).getByRole('row', { name: /Attempt 1 to Mastodon/ }));
    const drawer = await screen.findByRole('dialog', { name: 'Attempt 1 to Mastodon' });
    expect(drawer).toHaveTextContent('<html>Service Unavailable</html>');
  });
});
