import { EDITIONS_PAGE_SIZE } from '@/features/newsletter/api/newsletter-api';
import { EDITIONS_POLL_MS } from '@/features/newsletter/components/editions-panel';
import { fakeEdition, fakeNewsletter } from '@/testing/fake-newsletter';
import { act, renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakeNewsletter;

beforeEach(() => {
  f.reset();
  f.addList('Weekly', 'l-w');
});

/** Opens the Weekly list on one of its tabs. */
async function openTab(tab: 'Editions' | 'Signup form') {
  const app = renderApp('/newsletter');
  await app.user.click(await screen.findByRole('button', { name: 'Weekly' }));
  await app.user.click(await screen.findByRole('tab', { name: tab }));
  return app;
}

describe("a newsletter list's editions", () => {
  it('says when the list has none', async () => {
    await openTab('Editions');
    expect(await screen.findByText(/No editions yet/)).toBeVisible();
  });

  it('shows each edition with its progress, failures, skips, unique opens and clicks', async () => {
    f.editions.set('l-w', [
      fakeEdition(1, {
        subject: 'December news',
        sent: 980,
        total: 1000,
        failed: 3,
        skipped: 2,
        uniqueOpens: 412,
        opens: 600,
        uniqueClicks: 37,
        clicks: 50,
      }),
    ]);
    await openTab('Editions');
    const table = await screen.findByRole('table', { name: 'Editions' });
    const [head, row] = within(table).getAllByRole('row');
    expect(head).toHaveTextContent(
      'SubjectStatusSentFailedSkippedUnique opensUnique clicksCreated',
    );
    const cells = within(row!).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      'December news',
      'sent',
      `${(980).toLocaleString()} / ${(1000).toLocaleString()}`,
      '3',
      '2',
      '412',
      '37',
      expect.any(String),
    ]);
    expect(within(cells[7]!).getByText(/./).closest('time')).toHaveAttribute(
      'datetime',
      f.editions.get('l-w')?.[0]?.createdAt,
    );
    // A sent edition has no progress bar.
    expect(within(table).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('pages with "Load more"', async () => {
    f.editions.set(
      'l-w',
      Array.from({ length: EDITIONS_PAGE_SIZE + 1 }, (_, i) => fakeEdition(i + 1)),
    );
    const { user } = await openTab('Editions');
    const table = await screen.findByRole('table', { name: 'Editions' });
    expect(within(table).getAllByRole('row')).toHaveLength(EDITIONS_PAGE_SIZE + 1);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() =>
      expect(within(table).getAllByRole('row')).toHaveLength(EDITIONS_PAGE_SIZE + 2),
    );
    expect(within(table).getByText(`Issue ${EDITIONS_PAGE_SIZE + 1}`)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('shows the loading state, then a failure with a retry', async () => {
    let answer = () => {};
    f.editionsGate = new Promise((resolve) => (answer = resolve));
    f.failEditions = true;
    const { user } = await openTab('Editions');
    expect(await screen.findByLabelText('Loading editions')).toBeInTheDocument();
    answer();
    const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 5000 });
    expect(screen.getByText('Internal Server Error')).toBeVisible();
    f.failEditions = false;
    await user.click(retry);
    expect(await screen.findByText(/No editions yet/)).toBeVisible();
  });
});

describe('an edition that is sending', () => {
  beforeEach(() => {
    // Only the timers are ours to move; time still passes for the requests and the UI.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a progress bar and is read again every 5 s until it is sent', async () => {
    const sending = fakeEdition(1, { status: 'sending', sent: 250, total: 1000, finishedAt: null });
    f.editions.set('l-w', [sending, fakeEdition(2)]);
    await openTab('Editions');
    const table = await screen.findByRole('table', { name: 'Editions' });
    const bar = within(table).getByRole('progressbar', { name: 'Sending Issue 1' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(within(table).getByText('sending')).toBeVisible();
    const reads = f.editionReads;

    Object.assign(sending, { sent: 750 });
    await act(() => vi.advanceTimersByTimeAsync(EDITIONS_POLL_MS + 100));
    await waitFor(() =>
      expect(within(table).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '75'),
    );
    expect(f.editionReads).toBeGreaterThan(reads);

    Object.assign(sending, { sent: 1000, status: 'sent' });
    await act(() => vi.advanceTimersByTimeAsync(EDITIONS_POLL_MS + 100));
    await waitFor(() => expect(within(table).queryByRole('progressbar')).not.toBeInTheDocument());
    // Nothing is sending any more: no more reads.
    const settled = f.editionReads;
    await act(() => vi.advanceTimersByTimeAsync(3 * EDITIONS_POLL_MS));
    expect(f.editionReads).toBe(settled);
  });
});

/**
 * Puts the snippet's form into the document and runs its script as a browser would (with the
 * form as the element before the script), then fills the form in, submits it and waits for the
 * answer it shows.
 */
async function submitSnippet(html: string, email: string, name: string) {
  const host = document.createElement('div');
  host.innerHTML = html.replace(/<script>[\s\S]*<\/script>/, '');
  document.body.append(host);
  const form = host.querySelector('form')!;
  const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
  const page = { currentScript: { previousElementSibling: form } };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the snippet is the code under test
  const run = new Function('document', script) as (document: unknown) => void;
  run(page);
  within(host).getByLabelText<HTMLInputElement>('E-mail').value = email;
  within(host).getByLabelText<HTMLInputElement>('Name').value = name;
  form.requestSubmit();
  await waitFor(() =>
    expect(within(host).getByRole('status')).toHaveTextContent(/confirmation link is on its way/),
  );
  host.remove();
}

describe("a newsletter list's signup form", () => {
  it('gives the public endpoint, a form posting JSON to it, and what CORS allows', async () => {
    const { user } = await openTab('Signup form');
    const url = `${window.location.origin}/api/v1/newsletter/lists/l-w/signup`;
    expect(await screen.findByLabelText('Signup endpoint (POST)')).toHaveValue(url);

    const snippet = screen.getByLabelText('HTML form');
    const html = (snippet as HTMLTextAreaElement).value;
    expect(html).toContain(`fetch(${JSON.stringify(url)}`);
    expect(html).toContain("'Content-Type': 'application/json'");
    expect(html).toContain("JSON.stringify({ email: data.get('email'), name:");
    expect(html).toContain('<input type="email" name="email" required');

    // The snippet works: pasted into a page, it posts the address as JSON and shows the answer.
    await submitSnippet(html, 'Ann@Example.com', 'Ann');
    expect(f.signups).toEqual([{ listId: 'l-w', body: { email: 'Ann@Example.com', name: 'Ann' } }]);

    expect(screen.getByText(/TRAE_WEB_CORS_ALLOWED_ORIGINS/)).toBeVisible();
    expect(screen.getByText(/allows none until/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Copy html form' }));
    expect(await navigator.clipboard.readText()).toBe(html);
  });
});
