import { AUTOSAVE_INTERVAL_MS } from '@/features/content/components/editor/use-autosave';
import { fakeContentItem } from '@/testing/fake-content-item';
import { act, renderApp, screen, waitFor } from '@/testing/test-utils';

const f = fakeContentItem;

async function openEditor() {
  const app = renderApp('/content/c-1');
  const title = await screen.findByRole('textbox', { name: 'Title' });
  // The editor asks for a working copy on every open; wait for the answer before judging it.
  await waitFor(() => expect(f.workingCopyReads).toBeGreaterThan(0));
  return { ...app, title };
}

/** Lets the autosave interval (and anything it starts) run out. */
async function passAutosaveInterval() {
  await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS + 500));
}

/** Opens the editor again, as after a reload, and waits for its working-copy question. */
async function reopen(unmount: () => void) {
  unmount();
  const reads = f.workingCopyReads;
  renderApp('/content/c-1');
  await screen.findByRole('textbox', { name: 'Title' });
  await waitFor(() => expect(f.workingCopyReads).toBe(reads + 1));
  await act(() => vi.advanceTimersByTimeAsync(50));
}

describe('content editor: an explicit save and the autosave', () => {
  beforeEach(() => {
    // Only the timers are ours to move; time still passes for the requests and the UI.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('cancels the autosave still waiting when the item is saved: no working copy, no banner', async () => {
    const { user, title, unmount } = await openEditor();
    await user.type(title, '!');
    expect(screen.getByTestId('autosave-status')).toHaveTextContent('Unsaved changes');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved as version 2.');

    await passAutosaveInterval();
    expect(f.workingCopySaves).toBe(0);
    expect(f.workingCopy).toBeNull();
    expect(screen.queryByText('Unsaved changes found')).not.toBeInTheDocument();

    await reopen(unmount);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Launch notes!');
    expect(screen.queryByText('Unsaved changes found')).not.toBeInTheDocument();
  });

  it('cancels it on Ctrl+S too, and autosaves again after the next edit', async () => {
    const { user, title } = await openEditor();
    await user.type(title, '!');
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByText('Saved as version 2.');
    await passAutosaveInterval();
    expect(f.workingCopySaves).toBe(0);

    await user.type(title, '?');
    await passAutosaveInterval();
    await waitFor(() => expect(f.workingCopySaves).toBe(1));
    expect(f.workingCopy).toMatchObject({ baseVersion: 2, content: { title: 'Launch notes!?' } });
  });

  it('lets an autosave under way land before the save, so the save clears it', async () => {
    f.workingCopyDelayMs = 1000;
    const { user, title, unmount } = await openEditor();
    await user.type(title, '!');
    // The autosave goes out, and is still on its way when Save is pressed.
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS));
    expect(screen.getByTestId('autosave-status')).toHaveTextContent('Saving…');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved as version 2.');
    await act(() => vi.advanceTimersByTimeAsync(f.workingCopyDelayMs + 100));
    expect(f.workingCopySaves).toBe(1);
    expect(f.workingCopy).toBeNull();

    await reopen(unmount);
    expect(screen.queryByText('Unsaved changes found')).not.toBeInTheDocument();
  });

  it('saving twice leaves no banner behind', async () => {
    const { user, title } = await openEditor();
    await user.type(title, '!');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved as version 2.');
    await user.type(title, '?');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved as version 3.');

    await passAutosaveInterval();
    expect(f.workingCopySaves).toBe(0);
    expect(screen.queryByText('Unsaved changes found')).not.toBeInTheDocument();
  });

  it('a save takes down the banner of older autosaved edits: the server dropped them', async () => {
    f.workingCopy = {
      savedAt: '2026-12-01T11:00:00Z',
      baseVersion: 1,
      content: { ...f.view([]), title: 'Never saved' },
    };
    const { user, title } = await openEditor();
    await screen.findByText('Unsaved changes found');
    await user.type(title, '!');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved as version 2.');
    expect(screen.queryByText('Unsaved changes found')).not.toBeInTheDocument();
    expect(f.workingCopy).toBeNull();
  });

  it('does not offer back a working copy that holds the saved text', async () => {
    // Left by an older client whose autosave landed after the save; jsonb reorders its keys.
    const { seo, ...rest } = f.view([]);
    f.workingCopy = {
      savedAt: '2026-12-01T11:00:00Z',
      baseVersion: 1,
      content: {
        seo: {
          canonicalUrl: seo.canonicalUrl,
          metaTitle: seo.metaTitle,
          metaDescription: seo.metaDescription,
        },
        ...rest,
      },
    };
    await openEditor();
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(screen.queryByText('Unsaved changes found')).not.toBeInTheDocument();
  });
});
