import { fakeAttempt, fakePublication, fakePublishing } from '@/testing/fake-publishing';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakePublishing;

beforeEach(() => {
  f.reset();
});

async function openLog() {
  const app = renderApp('/channels/ch-hook');
  const table = await screen.findByRole('table', { name: 'Delivery attempts' });
  return { ...app, table };
}

describe('a channel’s delivery log', () => {
  it('lists every attempt, newest first, a page at a time', async () => {
    f.attempts = Array.from({ length: 30 }, (_, i) => fakeAttempt(30 - i));
    f.attempts[0] = fakeAttempt(30, {
      outcome: 'delivered',
      status: 200,
      elapsedMs: 42,
      reason: null,
    });
    const { user, table } = await openLog();
    const rows = () => within(table).getAllByRole('row');
    expect(rows()).toHaveLength(26);
    const newest = within(table).getByRole('row', { name: /Attempt 30 to Launch notes/ });
    expect(newest).toHaveTextContent('Delivered');
    expect(newest).toHaveTextContent('200');
    expect(newest).toHaveTextContent('42 ms');
    const older = within(table).getByRole('row', { name: /Attempt 29 to/ });
    expect(older).toHaveTextContent('Will retry');
    expect(older).toHaveTextContent('503');
    expect(older).toHaveTextContent('118 ms');
    expect(older).toHaveTextContent('The destination answered 503.');

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rows()).toHaveLength(31));
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says when nothing was delivered yet', async () => {
    renderApp('/channels/ch-hook');
    expect(await screen.findByText('Nothing was delivered to this channel yet.')).toBeVisible();
  });

  it('opens an attempt’s request summary and answer, and retries a failed publication', async () => {
    f.attempts = [fakeAttempt(1, { outcome: 'failed', status: 410, response: '{"error":"gone"}' })];
    f.publications.set('c-1', [
      fakePublication({
        status: 'failed',
        lastError: 'The receiver answered 410.',
        actions: ['retry'],
      }),
    ]);
    const { user, table } = await openLog();
    await user.click(within(table).getByRole('row', { name: /Attempt 1 to Launch notes/ }));
    const drawer = await screen.findByRole('dialog', { name: 'Attempt 1 to Partner webhook' });
    expect(drawer).toHaveTextContent('POST https://partner.example/hooks/trae (1,204 bytes)');
    expect(drawer).toHaveTextContent('{"error":"gone"}');
    expect(drawer).toHaveTextContent('410');
    expect(drawer).toHaveTextContent('msg_2Lm');
    expect(within(drawer).getByRole('link', { name: 'Launch notes' })).toHaveAttribute(
      'href',
      '/content/c-1',
    );
    expect(await within(drawer).findByText('The receiver answered 410.')).toBeVisible();

    await user.click(within(drawer).getByRole('button', { name: 'Retry now: Partner webhook' }));
    await waitFor(() => expect(f.lastAction?.path).toBe('retry:p-1'));
    expect(await within(drawer).findByText('Queued')).toBeVisible();
  });

  it('lets a person settle a publication that needs checking', async () => {
    f.attempts = [
      fakeAttempt(1, {
        outcome: 'unknown',
        status: undefined,
        response: undefined,
        elapsedMs: undefined,
      }),
    ];
    f.publications.set('c-1', [
      fakePublication({
        status: 'needs_checking',
        lastError: 'Sent, and no answer came within 30 s.',
        actions: ['send_again', 'mark_delivered'],
      }),
    ]);
    const { user, table } = await openLog();
    await user.click(within(table).getByRole('row', { name: /Attempt 1/ }));
    const drawer = await screen.findByRole('dialog', { name: /Attempt 1/ });
    expect(drawer).toHaveTextContent('no answer');
    expect(drawer).toHaveTextContent('No answer came.');

    await user.click(
      await within(drawer).findByRole('button', { name: 'Mark delivered: Partner webhook' }),
    );
    const mark = await screen.findByRole('dialog', { name: 'Delivered to Partner webhook?' });
    await user.type(within(mark).getByRole('textbox', { name: /Link to the post/ }), 'nope');
    await user.click(within(mark).getByRole('button', { name: 'Mark delivered' }));
    expect(
      within(mark).getByRole('textbox', { name: /Link to the post/ }),
    ).toHaveAccessibleDescription(expect.stringContaining('Enter an http(s) URL') as string);
    await user.clear(within(mark).getByRole('textbox', { name: /Link to the post/ }));
    await user.type(
      within(mark).getByRole('textbox', { name: /Link to the post/ }),
      'https://partner.example/p/1',
    );
    await user.click(within(mark).getByRole('button', { name: 'Mark delivered' }));
    await waitFor(() =>
      expect(f.lastAction).toEqual({
        path: 'mark-delivered:p-1',
        body: { externalUrl: 'https://partner.example/p/1' },
      }),
    );
    expect(await within(drawer).findByText('Delivered')).toBeVisible();
  });

  it('sends again only after the person confirms they checked', async () => {
    f.attempts = [fakeAttempt(1, { outcome: 'unknown', status: null })];
    f.publications.set('c-1', [
      fakePublication({ status: 'needs_checking', actions: ['send_again', 'mark_delivered'] }),
    ]);
    const { user, table } = await openLog();
    await user.click(within(table).getByRole('row', { name: /Attempt 1/ }));
    const drawer = await screen.findByRole('dialog', { name: /Attempt 1/ });
    await user.click(
      await within(drawer).findByRole('button', { name: 'Send again: Partner webhook' }),
    );
    const confirm = await screen.findByRole('dialog', { name: 'Send again to Partner webhook?' });
    expect(confirm).toHaveTextContent(/it will be there twice/);
    expect(f.lastAction).toBeNull();
    await user.click(within(confirm).getByRole('button', { name: 'Send again' }));
    await waitFor(() => expect(f.lastAction?.path).toBe('retry:p-1'));
  });

  it('is only for those who manage channels', async () => {
    renderApp('/channels/ch-hook', { as: 'u-author' });
    await screen.findByRole('heading', { level: 1, name: 'Partner webhook' });
    expect(screen.queryByRole('heading', { name: 'Delivery log' })).not.toBeInTheDocument();
  });
});
