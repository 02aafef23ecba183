import { fakeContentList } from '@/testing/fake-content-list';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

async function rowTitles() {
  const table = await screen.findByRole('table', { name: 'Content items' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]!.textContent);
}

const lastListQuery = () => new URLSearchParams(fakeContentList.listQueries.at(-1));

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
    expect(await rowTitles()).toHaveLength(6);
  });

  it('keeps a filter in the URL, sends it to the API, and the back button undoes it', async () => {
    const { user, router } = renderApp('/content');
    await user.click(await screen.findByRole('checkbox', { name: 'Draft (2)' }));

    await waitFor(async () => {
      expect(await rowTitles()).toEqual(['November newsletter', 'Winter sale thread']);
    });
    expect(router.state.location.search).toBe('?status=draft');
    expect(lastListQuery().getAll('status')).toEqual(['draft']);
    // Facets count each dimension under the other filters: other statuses keep their counts.
    expect(screen.getByRole('checkbox', { name: 'Draft (2)' })).toBeChecked();
    expect(await screen.findByRole('checkbox', { name: 'Published (1)' })).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Newsletter (1)' })).toBeInTheDocument();

    await router.navigate(-1);
    await waitFor(async () => {
      expect(await rowTitles()).toHaveLength(6);
    });
    expect(screen.getByRole('checkbox', { name: 'Draft (2)' })).not.toBeChecked();
  });

  it('restores filters and sort from the URL after a reload', async () => {
    renderApp('/content?tag=launch&sort=title&order=asc');
    await waitFor(async () => {
      expect(await rowTitles()).toEqual([
        'How we build',
        'Launch announcement',
        'Product tour script',
      ]);
    });
    expect(screen.getAllByLabelText('Sort by').find((el) => el.tagName === 'INPUT')).toHaveValue(
      'Title',
    );
    expect(screen.getByRole('button', { name: 'Sort descending' })).toBeInTheDocument();
    expect(lastListQuery().get('sort')).toBe('title');
    expect(lastListQuery().get('order')).toBe('asc');
  });

  it('sends date ranges as instants and changes the sort order', async () => {
    const { user, router } = renderApp('/content?updatedFrom=2026-11-15');
    await waitFor(async () => {
      expect(await rowTitles()).toEqual(['Old pricing page', 'Product tour script']);
    });
    expect(lastListQuery().get('updatedFrom')).toBe(new Date('2026-11-15T00:00:00').toISOString());
    expect(screen.getByLabelText('Updated from')).toHaveValue('2026-11-15');

    await user.click(screen.getByRole('button', { name: 'Sort ascending' }));
    await waitFor(async () => {
      expect(await rowTitles()).toEqual(['Product tour script', 'Old pricing page']);
    });
    expect(router.state.location.search).toContain('order=asc');
  });

  it('searches as one types and puts the search in the URL', async () => {
    const { user, router } = renderApp('/content');
    await user.type(await screen.findByRole('searchbox', { name: 'Search content' }), 'newsletter');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?q=newsletter');
    });
    await waitFor(async () => {
      expect(await rowTitles()).toEqual(['November newsletter']);
    });
    // The search's highlights mark where it matched.
    const row = screen.getByTestId('content-row-c-4');
    await waitFor(() => {
      expect(within(row).getAllByText(/newsletter/i, { selector: 'mark' })).toHaveLength(2);
    });
  });

  it('opens the filters in a drawer on narrow screens', async () => {
    const { user, router } = renderApp('/content');
    await user.click(await screen.findByRole('button', { name: 'Filters' }));
    const drawer = await screen.findByRole('dialog', { name: 'Filters' });
    await user.click(await within(drawer).findByRole('checkbox', { name: 'Idea (1)' }));
    expect(router.state.location.search).toBe('?status=idea');
    await user.type(within(drawer).getByLabelText('Created from'), '2026-11-01');
    await user.click(within(drawer).getByRole('button', { name: 'Clear 2 filters' }));
    expect(router.state.location.search).toBe('');
  });

  it('moves with j/k, toggles with x, opens with Enter and focuses the search with /', async () => {
    const { user, router } = renderApp('/content');
    await screen.findByRole('link', { name: 'Old pricing page' });

    await user.keyboard('j');
    expect(screen.getByTestId('content-row-c-6')).toHaveFocus();
    await user.keyboard('jj');
    expect(screen.getByTestId('content-row-c-4')).toHaveFocus();
    await user.keyboard('k');
    expect(screen.getByTestId('content-row-c-5')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByTestId('content-row-c-4')).toHaveFocus();

    await user.keyboard('x');
    expect(screen.getByRole('checkbox', { name: 'Select November newsletter' })).toBeChecked();
    expect(screen.getByText('1 selected')).toBeInTheDocument();

    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search content' })).toHaveFocus();

    screen.getByTestId('content-row-c-4').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/content/c-4');
    });
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const { user } = renderApp('/content?q=zzz&status=draft');
    expect(
      await screen.findByText('No items match this search and these filters.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(async () => {
      expect(await rowTitles()).toHaveLength(6);
    });
    expect(screen.getByRole('searchbox', { name: 'Search content' })).toHaveValue('');
  });

  it('says when there is no content at all', async () => {
    fakeContentList.items = [];
    renderApp('/content');
    expect(await screen.findByText(/No content yet/)).toBeInTheDocument();
  });

  it('shows a failed read with a retry', async () => {
    fakeContentList.listFailure = 500;
    const { user } = renderApp('/content');
    expect(await screen.findByText('The server failed')).toBeInTheDocument();
    fakeContentList.listFailure = null;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Launch announcement' })).toBeInTheDocument();
  });

  it('pages with the cursor: Load more brings the next page', async () => {
    const base = fakeContentList.items[0]!;
    for (let n = 0; n < 30; n++) {
      fakeContentList.items.push({
        ...base,
        id: `bulk-${n}`,
        title: `Filler ${n}`,
        updatedAt: '2026-10-01T00:00:00Z',
      });
    }
    const { user } = renderApp('/content');
    await waitFor(async () => {
      expect(await rowTitles()).toHaveLength(25);
    });
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(async () => {
      expect(await rowTitles()).toHaveLength(36);
    });
    expect(lastListQuery().get('cursor')).toBe('25');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('offers no bulk selection to someone who may not write every item', async () => {
    renderApp('/content', { as: 'u-author' });
    await screen.findByRole('link', { name: 'Launch announcement' });
    expect(
      screen.queryByRole('checkbox', { name: 'Select Launch announcement' }),
    ).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'New item' })).toBeInTheDocument();
  });
});
