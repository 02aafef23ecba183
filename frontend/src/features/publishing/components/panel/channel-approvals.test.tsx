import { fakeContentItem } from '@/testing/fake-content-item';
import { fakePublishing } from '@/testing/fake-publishing';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const f = fakePublishing;

beforeEach(() => {
  f.reset();
  fakeContentItem.reset();
  // partner-hook requires approval; blog-feed does not.
  fakeContentItem.item.channels = ['partner-hook', 'blog-feed'];
});

async function approvals(as?: string) {
  const app = renderApp('/content/c-1', as ? { as } : {});
  await screen.findByRole('textbox', { name: 'Title' });
  return { ...app, list: await screen.findByRole('list', { name: 'Approvals' }) };
}

describe('per-channel approvals in the publication panel', () => {
  it('shows an unapproved gated channel before publishing, and a reviewer approves it', async () => {
    const { user, list } = await approvals();
    const row = within(list).getByRole('listitem', { name: 'Approval for Partner webhook' });
    expect(row).toHaveTextContent('Not approved');
    expect(within(list).queryByText('Blog feed')).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Approve for Partner webhook' }));
    await waitFor(() => expect(row).toHaveTextContent('Approved by Olivia Owner'));
    expect(f.approvals.get('c-1')).toEqual([expect.objectContaining({ channel: 'partner-hook' })]);

    await user.click(within(row).getByRole('button', { name: 'Withdraw approval' }));
    await waitFor(() => expect(row).toHaveTextContent('Not approved'));
  });

  it('shows who approved, without actions for someone who may not review', async () => {
    f.approvals.set('c-1', [
      {
        channel: 'partner-hook',
        approvedBy: { id: 'u-editor', displayName: 'Eddie Editor', initials: 'EE' },
        approvedAt: '2026-12-02T09:05:00Z',
      },
    ]);
    const { list } = await approvals('u-author');
    expect(list).toHaveTextContent('Approved by Eddie Editor');
    expect(within(list).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says when the approval fails and leaves it unapproved', async () => {
    f.failApprovals = true;
    const { user, list } = await approvals();
    await user.click(within(list).getByRole('button', { name: 'Approve for Partner webhook' }));
    expect(await screen.findByText('Internal Server Error')).toBeInTheDocument();
    expect(list).toHaveTextContent('Not approved');
  });

  it('is absent when no target channel requires approval', async () => {
    fakeContentItem.item.channels = ['blog-feed'];
    renderApp('/content/c-1');
    await screen.findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(f.publicationReads).toBe(1));
    expect(screen.queryByRole('list', { name: 'Approvals' })).not.toBeInTheDocument();
  });
});
