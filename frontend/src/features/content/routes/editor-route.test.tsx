import { fakeContentItem } from '@/testing/fake-content-item';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakeContentItem;

async function openEditor() {
  const app = renderApp('/content/c-1');
  const title = await screen.findByRole('textbox', { name: 'Title' });
  return { ...app, title };
}

describe('content editor: saving', () => {
  it('loads the item, renders the Markdown body and saves with If-Match and a note', async () => {
    const { user, title } = await openEditor();
    expect(title).toHaveValue('Launch notes');
    const body = await screen.findByRole('textbox', { name: 'Body' });
    expect(within(body).getByText('world').tagName).toBe('STRONG');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.clear(title);
    await user.type(title, 'Launch notes, take two');
    await user.type(screen.getByRole('textbox', { name: 'Change note' }), 'Sharper title');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved as version 2.');
    expect(f.lastUpdate?.ifMatch).toBe('"1"');
    expect(f.lastUpdate?.body).toMatchObject({
      title: 'Launch notes, take two',
      note: 'Sharper title',
      body: 'Hello **world**.',
      coAuthorIds: [],
    });
    expect(screen.getByRole('textbox', { name: 'Change note' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.getByTestId('autosave-status')).toHaveTextContent(/Saved \d+ s ago/);
  });

  it('saves on Ctrl+S from inside a field, with the version it was based on', async () => {
    const { user, title } = await openEditor();
    await user.type(title, '!');
    await user.keyboard('{Control>}s{/Control}');

    await screen.findByText('Saved as version 2.');
    expect(f.lastUpdate).toMatchObject({ ifMatch: '"1"', body: { title: 'Launch notes!' } });
    expect(f.lastUpdate?.body.note).toBeUndefined();

    // A second save goes out with the new version, not the one the page opened with.
    await user.type(title, '?');
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByText('Saved as version 3.');
    expect(f.lastUpdate?.ifMatch).toBe('"2"');
  });

  it('autosaves the working copy while dirty and says so', async () => {
    const { user, title } = await openEditor();
    await user.type(title, ' draft');
    expect(screen.getByTestId('autosave-status')).toHaveTextContent('Unsaved changes');

    await waitFor(() =>
      expect(screen.getByTestId('autosave-status')).toHaveTextContent(/Saved \d+ s ago/),
    );
    expect(f.workingCopy).toMatchObject({
      baseVersion: 1,
      content: { title: 'Launch notes draft' },
    });
    // Autosave is not a save: no version, no PUT of the item.
    expect(f.lastUpdate).toBeNull();
    expect(f.item.version).toBe(1);
  });

  it('offers autosaved edits back when the editor opens', async () => {
    f.workingCopy = {
      savedAt: '2026-12-01T11:00:00Z',
      baseVersion: 1,
      content: { ...f.view([]), title: 'Never saved' },
    };
    const { user, title } = await openEditor();
    await user.click(await screen.findByRole('button', { name: 'Restore them' }));
    expect(title).toHaveValue('Never saved');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('counts a variant in graphemes against its channel limit and blocks the save when over', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('tab', { name: 'Variants' }));
    const text = screen.getByRole('textbox', { name: 'bluesky text' });
    expect(screen.getByLabelText('bluesky text: 10 of 300 characters')).toHaveTextContent(
      '10 / 300',
    );

    await user.clear(text);
    await user.click(text);
    await user.paste('👍🏽'.repeat(300));
    expect(screen.getByLabelText('bluesky text: 300 of 300 characters')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();

    await user.paste('!');
    const counter = screen.getByLabelText('bluesky text: 301 of 300 characters, over the limit');
    expect(counter).toHaveAttribute('data-over', 'true');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(
      screen.getByText('The bluesky text is 1 characters over its limit of 300.'),
    ).toBeInTheDocument();
  });

  it('shows the SEO panel only for types that have one', async () => {
    f.reset({ type: 'social-post' });
    await openEditor();
    expect(screen.queryByRole('group', { name: 'SEO' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Summary' })).not.toBeInTheDocument();
  });

  it('shows the newsletter subject and video-script sections for their types', async () => {
    f.reset({ type: 'newsletter', subject: 'This week' });
    const { unmount } = await openEditor();
    expect(screen.getByRole('textbox', { name: 'Subject line' })).toHaveValue('This week');
    unmount();

    f.reset({ type: 'video-script', sections: [{ heading: 'Intro', body: 'Hi' }] });
    const { user } = await openEditor();
    expect(screen.getByRole('textbox', { name: 'Heading' })).toHaveValue('Intro');
    await user.click(screen.getByRole('button', { name: 'Add section' }));
    expect(screen.getAllByRole('textbox', { name: 'Heading' })).toHaveLength(2);
  });

  it('shows the server-rendered preview', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('tab', { name: 'Preview' }));
    const html = await screen.findByTestId('preview-html');
    await waitFor(() => expect(html.querySelector('strong')).toHaveTextContent('world'));
  });
});

describe('content editor: a save that lost the race (412)', () => {
  async function conflict() {
    const app = await openEditor();
    f.changeElsewhere({ title: 'Their title', body: 'Their body' });
    await app.user.clear(app.title);
    await app.user.type(app.title, 'My title');
    await app.user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this item' });
    return { ...app, dialog };
  }

  it('shows their change against mine per field', async () => {
    const { dialog } = await conflict();
    const title = within(dialog).getByTestId('conflict-title');
    expect(within(title).getByRole('group', { name: 'Theirs' })).toHaveTextContent('Their title');
    expect(within(title).getByRole('group', { name: 'Mine' })).toHaveTextContent('My title');
    expect(within(dialog).getByTestId('conflict-body')).toHaveTextContent('Their body');
    expect(f.item.title).toBe('Their title');
  });

  it('keeps theirs: the editor takes the stored item and saves nothing', async () => {
    const { user, dialog } = await conflict();
    await user.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Their title');
    expect(f.lastUpdate).toBeNull();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('keeps mine: saves again with their version as If-Match', async () => {
    const { user, dialog } = await conflict();
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await screen.findByText('Saved as version 3.');
    expect(f.lastUpdate?.ifMatch).toBe('"2"');
    expect(f.item).toMatchObject({ title: 'My title', body: 'Hello **world**.' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('merges by hand: the edited body is saved with their version', async () => {
    const { user, dialog } = await conflict();
    await user.click(within(dialog).getByRole('button', { name: 'Merge by hand' }));
    expect(within(dialog).getByRole('textbox', { name: 'Their body' })).toHaveValue('Their body');
    const merged = within(dialog).getByRole('textbox', { name: /Merged body/ });
    await user.clear(merged);
    await user.type(merged, 'Their body, and mine');
    await user.click(within(dialog).getByRole('button', { name: 'Save merged' }));

    await screen.findByText('Saved as version 3.');
    expect(f.lastUpdate?.ifMatch).toBe('"2"');
    expect(f.item).toMatchObject({ title: 'My title', body: 'Their body, and mine' });
  });
});
