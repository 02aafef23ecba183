import { Stack, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import { DataTable, type Column, type Paging } from '@/components/data/data-table';
import { QueryStates, type QueryStatus } from '@/components/feedback/data-states';
import { pageItems, type Page } from '@/lib/api/page';
import { formatDateTime } from '@/lib/format-date';

/** A listed address: every newsletter table starts with the address and ends with since when. */
interface AddressRow {
  email: string;
  createdAt: string;
}

/** What the panel needs of an RTK Query infinite query over a keyset-paged address list. */
type AddressQuery<T> = QueryStatus & Paging & { data?: { pages: Page<T>[] } };

/**
 * A newsletter panel of addresses, newest first, a page at a time: its heading, what goes above
 * the table (`children`: a note, a filter, a form), then the loading, failed or empty state or
 * the table. Rows are the e-mail, the cells `cells` makes (under `columns`), then since when;
 * the subscribers and suppressions panels keep only what differs between them.
 */
export function AddressTablePanel<T extends AddressRow>({
  title,
  label,
  query,
  empty,
  minWidth,
  columns,
  cells,
  rowKey = (row) => row.email,
  children,
}: {
  title: ReactNode;
  /** The table's accessible name; the loading state says "Loading" and it. */
  label: string;
  query: AddressQuery<T>;
  /** What to say when nothing matches. */
  empty: string;
  minWidth: number;
  /** The headings between "E-mail" and "Since". */
  columns: Column[];
  /** The cells under `columns`, for one row. */
  cells: (row: T) => ReactNode;
  rowKey?: (row: T) => string;
  children?: ReactNode;
}) {
  const rows = pageItems(query.data);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
      <QueryStates
        query={query}
        loadingLabel={`Loading ${label.toLowerCase()}`}
        ready={!!query.data}
        empty={rows.length === 0 && empty}
      >
        <DataTable
          label={label}
          minWidth={minWidth}
          columns={['E-mail', ...columns, 'Since']}
          paging={query}
        >
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              <Table.Td style={{ wordBreak: 'break-all' }}>{row.email}</Table.Td>
              {cells(row)}
              <Table.Td>
                <time dateTime={row.createdAt}>{formatDateTime(row.createdAt)}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </QueryStates>
    </Stack>
  );
}
