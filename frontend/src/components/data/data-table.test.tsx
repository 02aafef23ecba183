import { Table } from '@mantine/core';

import { renderUi, screen, within } from '@/testing/test-utils';

import { ActionsHeader, DataTable } from './data-table';

function rows(names: string[]) {
  return names.map((name) => (
    <Table.Tr key={name}>
      <Table.Td>{name}</Table.Td>
      <Table.Td />
    </Table.Tr>
  ));
}

const head = (
  <>
    <Table.Th>Name</Table.Th>
    <ActionsHeader />
  </>
);

describe('DataTable', () => {
  it('is a named table with a header row and its rows', () => {
    renderUi(
      <DataTable label="Things" minWidth={300} head={head}>
        {rows(['one', 'two'])}
      </DataTable>,
    );
    const table = screen.getByRole('table', { name: 'Things' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('columnheader', { name: 'Actions' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('loads more while there are more pages', async () => {
    const fetchNextPage = vi.fn();
    const { user } = renderUi(
      <DataTable
        label="Things"
        minWidth={300}
        head={head}
        paging={{ hasNextPage: true, isFetchingNextPage: false, fetchNextPage }}
      >
        {rows(['one'])}
      </DataTable>,
    );
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(fetchNextPage).toHaveBeenCalledOnce();
  });

  it('offers no more on the last page', () => {
    renderUi(
      <DataTable
        label="Things"
        minWidth={300}
        head={head}
        paging={{ hasNextPage: false, isFetchingNextPage: false, fetchNextPage: vi.fn() }}
      >
        {rows(['one'])}
      </DataTable>,
    );
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('heads its columns from a list, hiding some on small screens', () => {
    renderUi(
      <DataTable label="Things" minWidth={300} columns={['Name', ['Size', 'sm']]} actions>
        {rows(['one'])}
      </DataTable>,
    );
    const headers = within(screen.getByRole('table', { name: 'Things' })).getAllByRole(
      'columnheader',
    );
    expect(headers.map((h) => h.textContent)).toEqual(['Name', 'Size', 'Actions']);
  });
});
