import { fakeContentItem } from '@/testing/fake-content-item';
import { fakeMedia } from '@/testing/fake-media';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

// jsdom's Range has no layout; ProseMirror measures one to scroll an insertion into view.
beforeAll(() => {
  const empty = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] });
  Range.prototype.getClientRects = empty;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
});

const item = fakeContentItem;
const f = fakeMedia;

async function openEditor() {
  const app = renderApp('/content/c-1');
  await screen.findByRole('textbox', { name: 'Title' });
  return app;
}

async function pickerDialog(name: string) {
  const dialog = await screen.findByRole('dialog', { name });
  await within(dialog).findByRole('list', { name: 'Media' });
  return dialog;
}

describe('media picker in the editor', () => {
  it('chooses a cover, shows it with a hint while it lacks alt text, and saves its id', async () => {
    const { user } = await openEditor();
    const cover = screen.getByRole('group', { name: 'Cover image' });
    expect(cover).toHaveTextContent('No cover image.');
    await user.click(within(cover).getByRole('button', { name: 'Choose cover image' }));

    const dialog = await pickerDialog('Choose a cover image');
    // The picker starts on images: the PDF and the video are not offered.
    await waitFor(() =>
      expect(within(dialog).queryByRole('button', { name: 'report.pdf' })).not.toBeInTheDocument(),
    );
    expect(f.listQueries.at(-1)).toContain('kind=image');
    const team = within(dialog).getByRole('button', { name: 'team.png' });
    await user.click(team);
    expect(team).toHaveAttribute('aria-pressed', 'true');
    await user.click(await within(dialog).findByRole('button', { name: 'Use this file' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const preview = await within(cover).findByTestId('cover-preview');
    expect(preview).toHaveTextContent('team.png');
    expect(preview).toHaveTextContent('cannot be scheduled or published');

    // Writing the alt text right there clears the hint.
    await user.type(within(preview).getByRole('textbox', { name: 'Alt text' }), 'The team');
    await user.click(within(preview).getByRole('button', { name: 'Save alt text' }));
    await waitFor(() => expect(preview).toHaveTextContent('Alt text: The team'));
    expect(preview).not.toHaveTextContent('cannot be scheduled or published');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved as version 2.');
    expect(item.lastUpdate?.body.coverMediaId).toBe('m-2');
  });

  it('uploads inside the picker and chooses the new file', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Choose cover image' }));
    const dialog = await pickerDialog('Choose a cover image');
    await user.upload(within(dialog).getByTestId('upload-input'), [
      new File(['new pixels'], 'fresh.jpg', { type: 'image/jpeg' }),
    ]);
    const chosen = await within(dialog).findByRole('group', { name: 'Chosen file' });
    expect(chosen).toHaveTextContent(/upload-101\.jpg|fresh\.jpg/);
    await user.click(within(chosen).getByRole('button', { name: 'Use this file' }));
    await within(screen.getByRole('group', { name: 'Cover image' })).findByTestId('cover-preview');
  });

  it('inserts an image with its URL and alt text into the body', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Insert image' }));
    const dialog = await pickerDialog('Insert an image');
    await user.click(within(dialog).getByRole('button', { name: 'harbour.jpg' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Use this file' }));

    const body = screen.getByRole('textbox', { name: 'Body' });
    const image = await within(body).findByRole('img', { name: 'Boats in the harbour at dawn' });
    expect(image).toHaveAttribute('src', '/api/v1/media/m-1/content');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved as version 2.');
    expect(item.lastUpdate?.body.body).toContain(
      '![Boats in the harbour at dawn](/api/v1/media/m-1/content)',
    );
  });
});
