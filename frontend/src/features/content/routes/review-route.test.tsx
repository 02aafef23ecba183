import { fakeContentList, REVIEW_TOKEN } from '@/testing/fake-content-list';
import { renderApp, screen, within } from '@/testing/test-utils';

describe('the external review page', () => {
  it('shows the rendered item, its channel variants and the comments, without an account', async () => {
    const { user } = renderApp(`/review/${REVIEW_TOKEN}`, { as: null });
    expect(
      await screen.findByRole('heading', { name: 'Launch announcement', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'We launched' })).toBeInTheDocument();
    expect(screen.getByText('all').tagName).toBe('STRONG');
    expect(screen.getByText('Please check the dates.')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Bluesky' }));
    expect(await screen.findByText('We launched! 🚀')).toBeInTheDocument();
  });

  it('records a comment and then the verdict, and says the verdict was recorded', async () => {
    const { user } = renderApp(`/review/${REVIEW_TOKEN}`, { as: null });
    await user.type(await screen.findByLabelText(/Your name/), 'Cleo Client');
    await user.type(screen.getByLabelText('Comment'), 'Love the title.');
    await user.click(screen.getByRole('button', { name: 'Comment' }));

    const comments = screen.getByRole('region', { name: /Comments/ });
    expect(await within(comments).findByText('Love the title.')).toBeInTheDocument();
    expect(within(comments).getByText('Cleo Client')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Thank you: your approval was recorded.')).toBeInTheDocument();
    expect(fakeContentList.reviewComments.at(-1)).toMatchObject({
      externalName: 'Cleo Client',
      verdict: 'approved',
    });
    expect(await within(comments).findByText('Approved')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });

  it('asks for changes only with a comment saying which', async () => {
    const { user } = renderApp(`/review/${REVIEW_TOKEN}`, { as: null });
    await user.click(await screen.findByRole('button', { name: 'Ask for changes' }));
    expect(await screen.findByText('Enter your name')).toBeInTheDocument();
    expect(screen.getByText('Say what should change')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Your name/), 'Sam Sponsor');
    await user.type(screen.getByLabelText('Comment'), 'Mention our logo.');
    await user.click(screen.getByRole('button', { name: 'Ask for changes' }));
    expect(
      await screen.findByText('Thank you: your request for changes was sent to the team.'),
    ).toBeInTheDocument();
    expect(fakeContentList.reviewComments.at(-1)).toMatchObject({
      verdict: 'changes-requested',
      body: 'Mention our logo.',
    });
  });

  it('says so when the link has expired or was revoked', async () => {
    renderApp('/review/rev-expired', { as: null });
    expect(
      await screen.findByRole('heading', { name: 'This review link no longer works' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/expired or was revoked/)).toBeInTheDocument();
  });
});
