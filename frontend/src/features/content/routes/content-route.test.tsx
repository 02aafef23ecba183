import { fakeContentList } from '@/testing/fake-content-list';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

async function rows() {
  const table = await screen.findByRole('table', { name: 'Content items' });
  return within(table).getAllByRole('row').slice(1);
}

describe('the content list', () => {
  it('shows the items with status and type badges and the facet counts', async () => {
    renderApp('/content');
    expect(await screen.findByRole('link', { name: 'Launch announcement' })).toBeInTheDocument();
    const row = screen.getByTestId('content-row-c-1');
    expect(within(row).getByText('Published')).toBeInTheDocument();
    expect(within(row).getAllByText('Article').length).toBeGreaterThan(0);
    // Trashed items stay out of the list.
    expect(screen.queryByText('Deleted draft')).not.toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Draft (2)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Blog post (1)' })).toBeInTheDocument();
    expect(screen.getByText('6 items')).toBeInTheDocument();
    expect(await rows()).toHaveLength(6);
  });
});
