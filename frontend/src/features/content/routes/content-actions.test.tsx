import { http, HttpResponse } from 'msw';

import { fakeContentList } from '@/testing/fake-content-list';
import { server } from '@/testing/server';
import { fakeIdentity, renderApp, screen, waitFor, within } from '@/testing/test-utils';

function grantOwner(permission: string) {
  const owner = fakeIdentity.roles.find((r) => r.name === 'OWNER')!;
  if (!owner.permissions.includes(permission)) owner.permissions.push(permission);
}

function withdrawFromOwner(permission: string) {
  const owner = fakeIdentity.roles.find((r) => r.name === 'OWNER')!;
  owner.permissions = owner.permissions.filter((p) => p !== permission);
}

describe('content list actions', () => {
  it('archives the selected items and reports the ones that failed, keeping them selected', async () => {
    const { user } = renderApp('/content');
    await user.click(await screen.findByRole('checkbox', { name: 'Select Old pricing page' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select How we build' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('2 selected')).toBeInTheDocument();

    await user.click(within(bar).getByRole('button', { name: 'Archive' }));
    const report = await screen.findByTestId('bulk-report');
    expect(report).toHaveTextContent('Archived: 1 item, 1 failed');
    expect(report).toHaveTextContent('Old pricing page: Illegal transition');
    expect(fakeContentList.items.find((i) => i.id === 'c-3')!.status).toBe('archived');
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select Old pricing page' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Dismiss the report' }));
    expect(screen.queryByTestId('bulk-report')).not.toBeInTheDocument();
  });

  it('tags, assigns and trashes in bulk', async () => {
    const { user } = renderApp('/content');
    await user.click(await screen.findByRole('checkbox', { name: 'Select every item shown' }));
    expect(screen.getByText('6 selected')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add tags' });
    await user.type(within(dialog).getByRole('combobox', { name: /Tags/ }), 'promo{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Add tags (6)' }));
    expect(await screen.findByTestId('bulk-report')).toHaveTextContent('Tagged: 6 items');
    expect(fakeContentList.items.filter((i) => i.tags.includes('promo'))).toHaveLength(6);

    // What went through is no longer selected.
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Select Winter sale thread' }));
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    const assign = await screen.findByRole('dialog', { name: 'Assign an author' });
    await user.click(within(assign).getByRole('combobox', { name: 'Author' }));
    await user.click(await screen.findByRole('option', { name: /Eddie Editor/ }));
    await user.click(within(assign).getByRole('button', { name: 'Assign an author (1)' }));
    expect(await screen.findByTestId('bulk-report')).toHaveTextContent('Assigned: 1 item');
    expect(fakeContentList.items.find((i) => i.id === 'c-2')!.author.id).toBe('u-editor');

    await user.click(screen.getByRole('checkbox', { name: 'Select Winter sale thread' }));
    await user.click(screen.getByRole('button', { name: 'Trash' }));
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: 'Winter sale thread' })).not.toBeInTheDocument();
    });
  });

  it('creates an item from the New item dialog with an Idempotency-Key and opens it', async () => {
    const { user, router } = renderApp('/content');
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New item' });
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Give it a title')).toBeInTheDocument();
    expect(fakeContentList.idempotencyKeys).toHaveLength(0);

    await user.click(within(dialog).getByRole('combobox', { name: /Type/ }));
    await user.click(await screen.findByRole('option', { name: 'Newsletter' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'December issue');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/content/c-100');
    });
    expect(fakeContentList.idempotencyKeys).toEqual([
      expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
    ]);
    expect(fakeContentList.items[0]).toMatchObject({
      type: 'newsletter',
      title: 'December issue',
      status: 'draft',
    });
  });

  it('keeps the dialog open with the problem when the create fails', async () => {
    server.use(
      http.post('*/api/v1/content', () =>
        HttpResponse.json(
          { title: 'Forbidden', status: 403, detail: 'Your role may not create content.' },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, router } = renderApp('/content');
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New item' });
    await user.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Nope');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('The item was not created')).toBeInTheDocument();
    expect(within(dialog).getByText('Your role may not create content.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/content');
  });

  it('shows the trash with restore, and permanent delete only with content:delete', async () => {
    withdrawFromOwner('content:delete');
    const { user } = renderApp('/content?trashed=true');
    expect(await screen.findByRole('heading', { name: 'Trash' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Deleted draft' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /permanently/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Restore Deleted draft' }));
    expect(await screen.findByText('The trash is empty.')).toBeInTheDocument();
    expect(fakeContentList.items.find((i) => i.id === 'c-7')!.trashedAt).toBeNull();
  });

  it('deletes a trashed item for good after a confirmation', async () => {
    grantOwner('content:delete');
    const { user } = renderApp('/content');
    await user.click(await screen.findByRole('radio', { name: 'Trash' }));
    await user.click(
      await screen.findByRole('button', { name: 'Delete Deleted draft permanently' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete permanently?' });
    expect(dialog).toHaveTextContent('cannot be undone');
    await user.click(within(dialog).getByRole('button', { name: 'Delete permanently' }));
    expect(await screen.findByText('The trash is empty.')).toBeInTheDocument();
    expect(fakeContentList.items.some((i) => i.id === 'c-7')).toBe(false);
  });

  it('imports a file and reports what was imported and what failed', async () => {
    fakeContentList.importResult = {
      imported: [{ file: 'blog/hello.md', id: 'c-9', title: 'Hello' }],
      failed: [{ file: 'blog/bad.md', line: 3, message: 'front matter is not YAML' }],
    };
    const { user } = renderApp('/content');
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import content' });
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File(['zip'], 'blog.zip', { type: 'application/zip' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    const report = await within(dialog).findByTestId('import-report');
    expect(report).toHaveTextContent('Imported 1, failed 1');
    expect(within(report).getByRole('link', { name: 'Hello' })).toHaveAttribute(
      'href',
      '/content/c-9',
    );
    expect(report).toHaveTextContent('blog/bad.md, line 3: front matter is not YAML');
  });

  it('exports the current filter', async () => {
    const { user } = renderApp('/content?status=draft&q=sale');
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    expect(await screen.findByText(/exported as a zip/)).toBeInTheDocument();
    const query = new URLSearchParams(fakeContentList.exportQueries[0]);
    expect(query.getAll('status')).toEqual(['draft']);
    expect(query.get('q')).toBe('sale');
  });
});
