import {
  Button,
  Table,
  VisuallyHidden,
  type MantineBreakpoint,
  type TableProps,
} from '@mantine/core';
import type { ReactNode } from 'react';

/** What "load more" needs of an RTK Query infinite query's result. */
export interface Paging {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** A column heading: its text, or its text and the breakpoint from which it shows. */
export type Column = string | [label: string, visibleFrom: MantineBreakpoint];

function Headings({ columns, actions }: { columns: Column[]; actions: boolean }) {
  return (
    <>
      {columns.map((column) => {
        const [label, visibleFrom] = typeof column === 'string' ? [column] : column;
        return (
          <Table.Th key={label} visibleFrom={visibleFrom}>
            {label}
          </Table.Th>
        );
      })}
      {actions && <ActionsHeader />}
    </>
  );
}

/**
 * A table named `label` that scrolls sideways below `minWidth`, with one header row (`columns`,
 * then a column of row actions when `actions` is set; or `head` for headings of its own) and,
 * for a paged list (`paging`), a "Load more" button under it while more pages exist.
 */
export function DataTable({
  label,
  minWidth,
  columns = [],
  actions = false,
  head = <Headings columns={columns} actions={actions} />,
  paging,
  children,
  ...tableProps
}: {
  label: string;
  minWidth: number;
  columns?: Column[];
  actions?: boolean;
  head?: ReactNode;
  paging?: Paging;
  children: ReactNode;
} & Omit<TableProps, 'children'>) {
  return (
    <>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table aria-label={label} {...tableProps}>
          <Table.Thead>
            <Table.Tr>{head}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {paging?.hasNextPage && (
        <Button
          variant="default"
          loading={paging.isFetchingNextPage}
          onClick={() => void paging.fetchNextPage()}
          w="fit-content"
        >
          Load more
        </Button>
      )}
    </>
  );
}

/** The header of a column of row actions: named for screen readers, blank on screen. */
export function ActionsHeader() {
  return (
    <Table.Th>
      <VisuallyHidden>Actions</VisuallyHidden>
    </Table.Th>
  );
}
