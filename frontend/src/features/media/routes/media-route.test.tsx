import { fakeMedia, makeMedia } from '@/testing/fake-media';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakeMedia;

/** The file names of the tiles, in order. */
function tileNames() {
  return within(screen.getByRole('list', { name: 'Media' }))
    .getAllByRole('button')
    .map((tile) => tile.getAttribute('aria-label'));
}

async function openLibrary() {
  const app = renderApp('/media');
  const grid = await screen.findByRole('list', { name: 'Media' });
  return { ...app, grid };
}

describe('media library page', () => {
  it('shows the files as tiles, SVG and other files as icon tiles, and as a table', async () => {
    const { user, grid } = await openLibrary();
    // The page itself, no longer the "arrives with…" placeholder the shell test once checked.
    expect(screen.getByRole('heading', { level: 1, name: 'Media' })).toBeInTheDocument();
    const tiles = within(grid).getAllByRole('button');
    expect(tiles.map((t) => t.getAttribute('aria-label'))).toEqual([
      'harbour.jpg',
      'team.png',
      'logo.svg',
      'report.pdf',
      'intro.mp4',
    ]);
    expect(within(tiles[0]!).queryByTestId('icon-tile')).not.toBeInTheDocument();
    expect(await within(tiles[0]!).findByRole('img')).toHaveAttribute(
      'src',
      expect.stringContaining('/api/v1/media/signed/m-1/thumbnail'),
    );
    expect(within(tiles[0]!).getByRole('img')).toHaveAccessibleName('Boats in the harbour at dawn');
    expect(within(tiles[2]!).getByTestId('icon-tile')).toHaveTextContent('SVG (download only)');
    expect(within(tiles[3]!).getByTestId('icon-tile')).toHaveTextContent('application/pdf');

    await user.click(screen.getByRole('button', { name: 'List view' }));
    const table = screen.getByRole('table', { name: 'Media' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getByRole('row', { name: /team\.png/ })).toHaveTextContent('Missing');
    expect(screen.getByRole('button', { name: 'List view' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('searches and filters by type, and says when nothing matches', async () => {
    const { user } = await openLibrary();
    await user.type(screen.getByRole('searchbox', { name: 'Search media' }), 'harbour');
    await waitFor(() => expect(tileNames()).toEqual(['harbour.jpg']));
    expect(f.listQueries.at(-1)).toContain('q=harbour');

    await user.clear(screen.getByRole('searchbox', { name: 'Search media' }));
    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Documents' }));
    await waitFor(() => expect(tileNames()).toEqual(['report.pdf']));
    expect(f.listQueries.at(-1)).toBe('?kind=document&limit=48');

    await user.type(screen.getByRole('searchbox', { name: 'Search media' }), 'nothing-like-it');
    expect(await screen.findByText('No files match.')).toBeInTheDocument();
  });

  it('says when the library is empty', async () => {
    f.files = [];
    renderApp('/media');
    expect(
      await screen.findByText('The library is empty. Upload a file to start.'),
    ).toBeInTheDocument();
  });

  it('shows a failed read with a retry', async () => {
    f.listFailure = 503;
    const { user } = renderApp('/media');
    expect(await screen.findByText('Media unavailable')).toBeInTheDocument();
    f.listFailure = null;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Media' })).toBeInTheDocument();
  });
});

describe('media library: upload', () => {
  it('uploads many files, each with its own progress and outcome, and refreshes the list', async () => {
    const { user } = await openLibrary();
    const dropzone = screen.getByRole('button', { name: /Upload files/ });
    expect(dropzone).toHaveAttribute('tabindex', '0');
    const files = [
      new File(['one'], 'boat.jpg', { type: 'image/jpeg' }),
      new File(['MZ…'], 'setup.exe', { type: 'application/octet-stream' }),
      // The same bytes as a file already in the library.
      new File(['one'], 'boat-again.jpg', { type: 'image/jpeg' }),
    ];
    f.uploadDelay = 50;
    await user.upload(screen.getByTestId('upload-input'), files);

    const rows = () => screen.getAllByTestId('upload-row');
    expect(rows()).toHaveLength(3);
    expect(screen.getByRole('progressbar', { name: 'Progress of boat.jpg' })).toBeInTheDocument();
    await waitFor(() => expect(rows()[0]).toHaveTextContent('Uploaded'));
    await waitFor(() => expect(rows()[1]).toHaveTextContent('File type not allowed.'));
    expect(rows()[1]).toHaveTextContent('does not take');
    await waitFor(() => expect(rows()[2]).toHaveTextContent('already in the library'));

    // Each stored file refetched the library: the new one is the newest tile.
    await waitFor(() => expect(tileNames()[0]).toMatch(/upload-101\.jpg|boat\.jpg/));
    expect(f.files).toHaveLength(6);

    await user.click(screen.getByRole('button', { name: 'Clear finished' }));
    expect(screen.queryByTestId('upload-row')).not.toBeInTheDocument();
  });

  it("shows a new image's preview once its variants are made, without a reload", async () => {
    const { user } = await openLibrary();
    await user.upload(screen.getByTestId('upload-input'), [
      new File(['fresh'], 'fresh.jpg', { type: 'image/jpeg' }),
    ]);
    await waitFor(() => expect(screen.getAllByText('Preview being made…')).toHaveLength(1));

    // the server's variants job runs; the library asks again by itself
    const [fresh] = f.files;
    if (!fresh) throw new Error('the upload did not reach the fake');
    f.touch(fresh.id, { variants: makeMedia(1).variants });
    await waitFor(() => expect(screen.queryByText('Preview being made…')).not.toBeInTheDocument(), {
      timeout: 9000,
    });
  }, 15_000);

  it('cancels a file on its way up', async () => {
    const { user } = await openLibrary();
    f.uploadDelay = 'infinite';
    await user.upload(screen.getByTestId('upload-input'), [new File(['two'], 'slow.png')]);
    await user.click(await screen.findByRole('button', { name: 'Cancel upload of slow.png' }));
    await waitFor(() => expect(screen.getByTestId('upload-row')).toHaveTextContent('Cancelled'));
    expect(f.files).toHaveLength(5);
  });
});
