import { fakeContentItem } from '@/testing/fake-content-item';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakeContentItem;

async function openEditor() {
  const app = renderApp('/content/c-1');
  await screen.findByRole('textbox', { name: 'Title' });
  return app;
}

describe('content editor: panels', () => {
  it('saves SEO fields, a new variant and without a removed one', async () => {
    const { user } = await openEditor();
    await user.type(screen.getByRole('textbox', { name: 'Meta title' }), 'Launch');
    await user.type(screen.getByRole('textbox', { name: 'Canonical URL' }), 'https://a.example/x');
    await user.click(screen.getByRole('tab', { name: 'Variants' }));
    await user.click(screen.getByRole('button', { name: 'Remove the bluesky variant' }));
    expect(screen.getByText('No variants: every channel gets the main text.')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Channel', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'blog' }));
    await user.click(screen.getByRole('button', { name: 'Add variant' }));
    await user.type(screen.getByRole('textbox', { name: 'blog title' }), 'Blog title');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved as version 2.');
    expect(f.lastUpdate?.body).toMatchObject({
      seo: { metaTitle: 'Launch', canonicalUrl: 'https://a.example/x', metaDescription: null },
      variants: [{ channel: 'blog', title: 'Blog title', body: '' }],
    });
  });

  it('reorders and removes video-script sections', async () => {
    f.reset({
      type: 'video-script',
      sections: [
        { heading: 'Intro', body: 'a' },
        { heading: 'Outro', body: 'b' },
      ],
    });
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Move Outro up' }));
    const headings = () =>
      screen.getAllByRole('textbox', { name: 'Heading' }).map((h) => (h as HTMLInputElement).value);
    expect(headings()).toEqual(['Outro', 'Intro']);
    await user.click(screen.getByRole('button', { name: 'Move Outro down' }));
    expect(headings()).toEqual(['Intro', 'Outro']);
    await user.click(screen.getByRole('button', { name: 'Remove Intro' }));
    expect(headings()).toEqual(['Outro']);
  });

  it('discards an autosaved working copy', async () => {
    f.workingCopy = {
      savedAt: '2026-12-01T11:00:00Z',
      baseVersion: 1,
      content: { ...f.view([]), title: 'Never saved' },
    };
    const { user } = await openEditor();
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Restore them' })).not.toBeInTheDocument(),
    );
    expect(f.workingCopy).toBeNull();
  });

  it('deletes an own comment', async () => {
    f.addComment('Mine to delete', undefined, 'u-owner');
    const { user } = await openEditor();
    await user.click(screen.getByRole('tab', { name: 'Comments' }));
    const comment = await screen.findByRole('article', { name: 'Comment by Olivia Owner' });
    await user.click(within(comment).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('No open comments.')).toBeInTheDocument();
    expect(f.comments).toHaveLength(0);
  });
});
