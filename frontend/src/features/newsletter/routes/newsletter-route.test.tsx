import { fakeNewsletter, fakeSubscriber } from '@/testing/fake-newsletter';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakeNewsletter;

beforeEach(() => {
  f.reset();
});

function fileInput() {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input yet');
  return input;
}

async function openNewsletter() {
  const app = renderApp('/newsletter');
  await screen.findByRole('heading', { level: 1, name: 'Newsletter' });
  return app;
}

describe('the newsletter page', () => {
  it('is linked from the channels page', async () => {
    const { user, router } = renderApp('/channels');
    await user.click(await screen.findByRole('link', { name: /Newsletter lists/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/newsletter'));
  });

  it('starts empty and creates a list', async () => {
    const { user } = await openNewsletter();
    expect(await screen.findByText(/No lists yet/)).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: "New list's name" }), 'Weekly');
    await user.click(screen.getByRole('button', { name: 'Create list' }));
    const lists = await screen.findByRole('list', { name: 'Newsletter lists' });
    expect(within(lists).getByText('Weekly')).toBeVisible();
    // The new list is opened, and has nobody yet.
    expect(await screen.findByText(/No subscribers yet/)).toBeVisible();
  });

  it('shows a list failing to load, with a retry', async () => {
    f.failLists = true;
    const { user } = await openNewsletter();
    const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 5000 });
    expect(screen.getByText('Internal Server Error')).toBeVisible();
    f.failLists = false;
    await user.click(retry);
    expect(await screen.findByText(/No lists yet/)).toBeVisible();
  });

  it('pages subscribers, filters by status, imports a CSV with a summary', async () => {
    f.addList('Weekly', 'l-w');
    f.subscribers.set('l-w', [
      ...Array.from({ length: 50 }, (_, i) => fakeSubscriber(i + 1)),
      fakeSubscriber(51, { status: 'bounced', email: 'gone@example.com' }),
    ]);
    const { user } = await openNewsletter();
    await user.click(await screen.findByRole('button', { name: 'Weekly' }));
    const table = await screen.findByRole('table', { name: 'Subscribers' });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(52));
    expect(within(table).getByText('bounced')).toBeVisible();

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'pending' }));
    expect(await screen.findByText('No pending subscribers.')).toBeVisible();

    const csv = 'email,name\nnew@example.com,New\nreader1@example.com,Dup\nnot-mail,Bad\n';
    await user.upload(fileInput(), new File([csv], 'people.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const summary = await screen.findByRole('status');
    expect(summary).toHaveTextContent('1 imported, 1 skipped');
    expect(summary).toHaveTextContent('1 invalid');
    expect(summary).toHaveTextContent('Line 4: not an e-mail address');
    expect(f.lastImport).toEqual({ csv, consented: 'false' });
    // The new address is pending its confirmation: the filtered list shows it.
    expect(await screen.findByText('new@example.com')).toBeVisible();
  });

  it('says when a CSV cannot be read', async () => {
    f.addList('Weekly', 'l-w');
    const { user } = await openNewsletter();
    await user.click(await screen.findByRole('button', { name: 'Weekly' }));
    await user.upload(
      await waitFor(fileInput),
      new File(['name\nAnn\n'], 'bad.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/must be a header/)).toBeVisible();
  });

  it('renames a list', async () => {
    f.addList('Weekly', 'l-w');
    const { user } = await openNewsletter();
    await user.click(await screen.findByRole('button', { name: 'Rename Weekly' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename Weekly' });
    const input = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(input);
    await user.type(input, 'Monthly');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    const lists = await screen.findByRole('list', { name: 'Newsletter lists' });
    await waitFor(() => expect(within(lists).getByText('Monthly')).toBeVisible());
    expect(f.lists[0]?.name).toBe('Monthly');
  });

  it('deletes a list after asking', async () => {
    f.addList('Weekly', 'l-w');
    const { user } = await openNewsletter();
    await user.click(await screen.findByRole('button', { name: 'Delete Weekly' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Weekly?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete list' }));
    expect(await screen.findByText(/No lists yet/)).toBeVisible();
    expect(f.lists).toEqual([]);
  });

  it('says when there are no suppressions', async () => {
    const { user } = await openNewsletter();
    await user.click(screen.getByRole('tab', { name: 'Suppressions' }));
    expect(await screen.findByText('No suppressed addresses.')).toBeVisible();
  });

  it('lists suppressions', async () => {
    f.suppressions = [
      { email: 'b@example.com', reason: 'bounced', createdAt: '2026-12-01T10:00:00Z' },
    ];
    const { user } = await openNewsletter();
    await user.click(screen.getByRole('tab', { name: 'Suppressions' }));
    const table = await screen.findByRole('table', { name: 'Suppressions' });
    expect(within(table).getByText('b@example.com')).toBeVisible();
  });
});
