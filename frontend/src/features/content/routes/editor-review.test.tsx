import { fakeContentItem } from '@/testing/fake-content-item';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakeContentItem;

async function openEditor(as = 'u-owner') {
  const app = renderApp('/content/c-1', { as });
  await screen.findByRole('textbox', { name: 'Title' });
  return app;
}

const workflowButtons = () =>
  within(screen.getByRole('group', { name: 'Workflow' }))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('content editor: workflow', () => {
  it('shows an author only what an author may do with a draft', async () => {
    await openEditor('u-author');
    expect(workflowButtons()).toEqual(['Submit for review']);
  });

  it('shows an editor the review actions on an item in review', async () => {
    f.reset({ status: 'in-review' });
    await openEditor('u-editor');
    expect(workflowButtons()).toEqual(['Approve', 'Reject', 'Archive']);
  });

  it('takes a transition and keeps saving on the new version', async () => {
    const { user } = await openEditor('u-author');
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    await waitFor(() => expect(screen.getByTestId('item-status')).toHaveTextContent('in review'));
    expect(f.lastTransition).toEqual({ action: 'submit' });
    expect(screen.queryByRole('button', { name: 'Submit for review' })).not.toBeInTheDocument();

    // The transition moved the row version on: the next save must not look like a stale one.
    await user.type(screen.getByRole('textbox', { name: 'Title' }), '!');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved as version 3.');
    expect(f.lastUpdate?.ifMatch).toBe('"2"');
  });

  it('holds the workflow back while there are unsaved edits', async () => {
    const { user } = await openEditor('u-author');
    await user.type(screen.getByRole('textbox', { name: 'Title' }), '!');
    expect(screen.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
  });

  it('asks for a reason before rejecting', async () => {
    f.reset({ status: 'in-review' });
    const { user } = await openEditor('u-editor');
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject' });
    const submit = within(dialog).getByRole('button', { name: 'Reject' });
    expect(submit).toBeDisabled();
    expect(f.lastTransition).toBeNull();

    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Needs sources');
    await user.click(submit);
    await waitFor(() => expect(screen.getByTestId('item-status')).toHaveTextContent('draft'));
    expect(f.lastTransition).toEqual({ action: 'reject', comment: 'Needs sources' });
  });

  it('asks for a date and time before scheduling', async () => {
    f.reset({ status: 'approved' });
    const { user } = await openEditor('u-owner');
    await user.click(screen.getByRole('button', { name: 'Schedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule' });
    const submit = within(dialog).getByRole('button', { name: 'Schedule' });
    expect(submit).toBeDisabled();
    await user.type(within(dialog).getByLabelText(/Publish at/), '2027-01-15T09:30');
    await user.click(submit);
    await waitFor(() => expect(screen.getByTestId('item-status')).toHaveTextContent('scheduled'));
    expect(f.lastTransition?.action).toBe('schedule');
    expect(f.lastTransition?.at).toBe(new Date('2027-01-15T09:30').toISOString());
  });
});

describe('content editor: version history', () => {
  it('compares two versions word by word and restores one after asking', async () => {
    f.changeElsewhere({ title: 'Launch notes revised' });
    const { user } = await openEditor();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Launch notes revised');

    await user.click(screen.getByRole('button', { name: 'History' }));
    const drawer = await screen.findByRole('dialog', { name: 'Version history' });
    const versions = await within(drawer).findAllByRole('listitem');
    expect(versions).toHaveLength(2);
    await user.click(within(drawer).getByRole('checkbox', { name: 'Compare version 1' }));
    await user.click(within(drawer).getByRole('checkbox', { name: 'Compare version 2' }));

    const diff = await within(drawer).findByRole('region', { name: 'Changes from version 1 to 2' });
    await waitFor(() => expect(within(diff).getByText('revised').tagName).toBe('INS'));
    expect(within(diff).getByRole('group', { name: 'Version 1' })).toHaveTextContent(
      'Launch notes',
    );
    expect(within(diff).getByRole('group', { name: 'Version 2' })).toHaveTextContent(
      'Launch notes revised',
    );

    await user.click(within(drawer).getByRole('button', { name: 'Restore version 1' }));
    const confirm = await screen.findByRole('dialog', { name: 'Restore version 1?' });
    await user.click(within(confirm).getByRole('button', { name: 'Restore' }));

    await screen.findByText('Version 1 restored as version 3.');
    expect(f.versions[0]).toMatchObject({ number: 3, source: 'restore' });
    expect(f.item.title).toBe('Launch notes');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Launch notes'),
    );
  });

  it('pins a version', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'History' }));
    await user.click(await screen.findByRole('button', { name: 'Pin version 1' }));
    expect(await screen.findByRole('button', { name: 'Unpin version 1' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(f.versions[0]?.pinned).toBe(true);
  });
});

describe('content editor: review comments', () => {
  it('adds a comment, edits it and resolves it', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('tab', { name: 'Comments' }));
    expect(await screen.findByText('No open comments.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Add a comment/ }), 'Cite the source');
    await user.click(screen.getByRole('button', { name: 'Comment' }));
    const comment = await screen.findByRole('article', { name: 'Comment by Olivia Owner' });
    expect(comment).toHaveTextContent('Cite the source');
    expect(f.comments[0]).toMatchObject({ body: 'Cite the source', quote: null });

    await user.click(within(comment).getByRole('button', { name: 'Edit' }));
    const edit = within(comment).getByRole('textbox', { name: 'Edit comment' });
    await user.clear(edit);
    await user.type(edit, 'Cite both sources');
    await user.click(within(comment).getByRole('button', { name: 'Save comment' }));
    await waitFor(() => expect(comment).toHaveTextContent('Cite both sources'));

    await user.click(within(comment).getByRole('button', { name: 'Resolve' }));
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: /Comment by/ })).not.toBeInTheDocument(),
    );
    expect(f.comments[0]?.resolved).toBe(true);
    await user.click(screen.getByRole('switch', { name: 'Show resolved (1)' }));
    const resolved = await screen.findByRole('article', { name: 'Comment by Olivia Owner' });
    expect(within(resolved).getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
  });

  it("offers edit and delete only on the caller's own comments", async () => {
    f.addComment('From the author', 'Hello', 'u-author');
    const { user } = await openEditor();
    await user.click(screen.getByRole('tab', { name: 'Comments' }));
    const comment = await screen.findByRole('article', { name: 'Comment by Ann Author' });
    expect(comment).toHaveTextContent('Hello');
    expect(within(comment).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(within(comment).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });
});

describe('content editor: share links', () => {
  it('creates a link to copy, lists it and revokes it', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share for review' });
    expect(await within(dialog).findByText('No links yet.')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: 'Label' }), 'Sponsor');
    await user.click(within(dialog).getByRole('button', { name: 'Create link' }));
    expect(await within(dialog).findByRole('textbox', { name: 'Review link' })).toHaveValue(
      'http://localhost/review/tok-sl-1',
    );
    expect(within(dialog).getByRole('button', { name: 'Copy review link' })).toBeInTheDocument();

    const table = await within(dialog).findByRole('table', { name: 'Share links' });
    await user.click(within(table).getByRole('button', { name: 'Revoke Sponsor' }));
    await waitFor(() => expect(within(table).getByText('Revoked')).toBeInTheDocument());
    expect(f.links[0]?.revokedAt).not.toBeNull();
  });
});
