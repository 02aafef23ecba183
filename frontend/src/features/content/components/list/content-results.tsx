import { Button, Stack } from '@mantine/core';
import type { RefObject } from 'react';

import { EmptyState, QueryStates, type QueryStatus } from '@/components/feedback/data-states';
import type { Paging } from '@/components/data/data-table';

import type { ItemSummary, SearchHit } from '../../api/types';
import { ContentTable, type Selection } from './content-table';
import { TrashActions } from './trash-actions';

/** The list's rows, or why there are none: loading, failed, or nothing (with a way out). */
export function ContentResults({
  query,
  items,
  trashed,
  filtered,
  selection,
  canDelete,
  typeLabel,
  searchRef,
  onClearFilters,
  highlights,
}: {
  highlights?: ReadonlyMap<string, SearchHit>;
  query: QueryStatus & Paging;
  items: ItemSummary[];
  trashed: boolean;
  filtered: boolean;
  selection?: Selection;
  canDelete: boolean;
  typeLabel: (type: string) => string;
  searchRef: RefObject<HTMLInputElement | null>;
  onClearFilters: () => void;
}) {
  if (!query.isLoading && !query.error && items.length === 0 && filtered) {
    return (
      <Stack gap="xs" align="center">
        <EmptyState>No items match this search and these filters.</EmptyState>
        <Button variant="subtle" onClick={onClearFilters}>
          Clear search and filters
        </Button>
      </Stack>
    );
  }
  return (
    <QueryStates
      query={query}
      loadingLabel="Loading content"
      loadingRows={8}
      empty={
        items.length === 0 &&
        (trashed ? 'The trash is empty.' : 'No content yet. Create the first item with “New item”.')
      }
    >
      <ContentTable
        items={items}
        paging={query}
        selection={selection}
        typeLabel={typeLabel}
        searchRef={searchRef}
        highlights={highlights}
        actions={trashed ? (item) => <TrashActions item={item} canDelete={canDelete} /> : undefined}
      />
    </QueryStates>
  );
}
