import { renderUi, screen } from '@/testing/test-utils';

import { EmptyState, ErrorState, LoadingState, QueryStates } from './data-states';

const problem = {
  status: 503,
  data: { title: 'Service Unavailable', status: 503, detail: 'Try later.', requestId: 'r-1' },
};

function query(overrides: Partial<Parameters<typeof QueryStates>[0]['query']> = {}) {
  return { isLoading: false, isFetching: false, error: undefined, refetch: vi.fn(), ...overrides };
}

describe('data states', () => {
  it('announces loading under its label with the rows asked for', () => {
    renderUi(<LoadingState label="Loading things" rows={4} />);
    const busy = screen.getByLabelText('Loading things');
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(busy.children).toHaveLength(4);
  });

  it('says when there is nothing', () => {
    renderUi(<EmptyState>Nothing here.</EmptyState>);
    expect(screen.getByText('Nothing here.')).toBeInTheDocument();
  });

  it('shows the problem of a failed read and retries', async () => {
    const onRetry = vi.fn();
    const { user } = renderUi(
      <ErrorState error={problem} onRetry={onRetry} retrying={false} testId="failed" />,
    );
    const state = screen.getByTestId('failed');
    expect(state).toHaveTextContent('Service Unavailable');
    expect(state).toHaveTextContent('Try later.');
    expect(state).toHaveTextContent('r-1');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('shows loading first', () => {
    renderUi(
      <QueryStates query={query({ isLoading: true, error: problem })} loadingLabel="Loading">
        <p>The content</p>
      </QueryStates>,
    );
    expect(screen.getByLabelText('Loading')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a failure before anything else and asks again', async () => {
    const failed = query({ error: problem });
    const { user } = renderUi(
      <QueryStates query={failed} loadingLabel="Loading" empty="None yet.">
        <p>The content</p>
      </QueryStates>,
    );
    expect(screen.queryByText('None yet.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(failed.refetch).toHaveBeenCalledOnce();
  });

  it('says when the list is empty instead of showing the content', () => {
    renderUi(
      <QueryStates query={query()} loadingLabel="Loading" empty="None yet.">
        <p>The content</p>
      </QueryStates>,
    );
    expect(screen.getByText('None yet.')).toBeInTheDocument();
    expect(screen.queryByText('The content')).not.toBeInTheDocument();
  });

  it('treats missing data as a failure and shows content when there is some', () => {
    renderUi(
      <QueryStates query={query()} loadingLabel="Loading" ready={false}>
        <p>The content</p>
      </QueryStates>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');

    renderUi(
      <QueryStates query={query()} loadingLabel="Loading" empty={false}>
        <p>Shown</p>
      </QueryStates>,
    );
    expect(screen.getByText('Shown')).toBeInTheDocument();
  });
});
