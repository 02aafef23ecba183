import { fakeMedia } from '@/testing/fake-media';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakeMedia;

async function openFile(name: string) {
  const app = renderApp('/media');
  const grid = await screen.findByRole('list', { name: 'Media' });
  await app.user.click(within(grid).getByRole('button', { name }));
  const drawer = await screen.findByRole('dialog', { name });
  await within(drawer).findByRole('table', { name: 'File details' });
  return { ...app, drawer };
}

describe('media file drawer', () => {
  it('shows the facts and the variants, each a link', async () => {
    const { drawer } = await openFile('harbour.jpg');
    const facts = within(drawer).getByRole('table', { name: 'File details' });
    expect(facts).toHaveTextContent('image/jpeg');
    expect(facts).toHaveTextContent('471 KB');
    expect(facts).toHaveTextContent('4032 × 3024 px');
    expect(facts).toHaveTextContent('Olivia Owner');
    const variants = within(drawer).getByRole('list', { name: 'Variants' });
    expect(await within(variants).findByRole('link', { name: 'thumbnail' })).toHaveAttribute(
      'href',
      expect.stringContaining('/api/v1/media/signed/m-1/thumbnail'),
    );
    expect(within(variants).getAllByRole('listitem')).toHaveLength(4);
    expect(await within(drawer).findByText('No content item uses this file.')).toBeVisible();
  });

  it('saves the alt text with If-Match, again on the new version when only the variants moved it', async () => {
    const { user, drawer } = await openFile('team.png');
    const alt = within(drawer).getByRole('textbox', { name: 'Alt text' });
    await user.type(alt, 'The team on the roof');
    // The variants job ran meanwhile: the version moved, the alt text did not.
    f.touch('m-2');
    await user.click(within(drawer).getByRole('button', { name: 'Save alt text' }));
    await screen.findByText('Alt text saved.');
    expect(f.lastPatch).toEqual({ ifMatch: '"2"', altText: 'The team on the roof' });
    expect(f.find('m-2')).toMatchObject({ altText: 'The team on the roof', version: 3 });
  });

  it('asks when someone else changed the alt text meanwhile', async () => {
    const { user, drawer } = await openFile('team.png');
    await user.type(within(drawer).getByRole('textbox', { name: 'Alt text' }), 'Mine');
    f.touch('m-2', { altText: 'Theirs' });
    await user.click(within(drawer).getByRole('button', { name: 'Save alt text' }));
    const title = await within(drawer).findByText('Someone else changed the alt text');
    const conflict = title.closest<HTMLElement>('[role="alert"]')!;
    expect(conflict).toHaveTextContent('Someone else changed the alt text');
    expect(conflict).toHaveTextContent('Theirs');
    await user.click(within(conflict).getByRole('button', { name: 'Keep mine' }));
    await screen.findByText('Alt text saved.');
    expect(f.find('m-2')).toMatchObject({ altText: 'Mine', version: 3 });
  });

  it('refuses to delete a file in use and links the items that use it', async () => {
    f.usage.set('m-1', [
      {
        id: 'c-1',
        type: 'article',
        title: 'Launch announcement',
        status: 'published',
        trashed: false,
      },
    ]);
    const { user, drawer } = await openFile('harbour.jpg');
    const usage = await within(drawer).findByRole('list', { name: 'Items that use this file' });
    expect(within(usage).getByRole('link', { name: 'Launch announcement' })).toHaveAttribute(
      'href',
      '/content/c-1',
    );
    await user.click(within(drawer).getByRole('button', { name: 'Delete file' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Delete harbour.jpg?' })).getByRole(
        'button',
        { name: 'Delete' },
      ),
    );
    const refusal = await within(drawer).findByRole('alert');
    expect(refusal).toHaveTextContent('This file is in use');
    expect(within(refusal).getByRole('link', { name: 'Launch announcement' })).toBeVisible();
    expect(f.find('m-1')).toBeDefined();
  });

  it('deletes a file nobody uses after asking, and the library forgets it', async () => {
    const { user, drawer } = await openFile('report.pdf');
    expect(within(drawer).getByText('None: only raster images get variants.')).toBeVisible();
    await user.click(within(drawer).getByRole('button', { name: 'Delete file' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Delete report.pdf?' })).getByRole(
        'button',
        { name: 'Delete' },
      ),
    );
    await screen.findByText('report.pdf was deleted.');
    const grid = screen.getByRole('list', { name: 'Media' });
    await waitFor(() =>
      expect(within(grid).queryByRole('button', { name: 'report.pdf' })).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
