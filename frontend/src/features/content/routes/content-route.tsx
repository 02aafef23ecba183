import { Box, Drawer, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useRef, useState } from 'react';

import { pageItems } from '@/lib/api/page';

import {
  useGetContentFacetsQuery,
  useGetContentListInfiniteQuery,
  useGetContentTypesQuery,
  useSearchContentQuery,
} from '../api/list-api';
import { humanise } from '../components/badges';
import { BulkBar } from '../components/list/bulk-bar';
import { ContentResults } from '../components/list/content-results';
import { FilterPanel } from '../components/list/filter-panel';
import { ImportDialog } from '../components/list/import-dialog';
import { ListHeader } from '../components/list/list-header';
import {
  activeFilterCount,
  apiFilter,
  apiListArgs,
  listStateQuery,
  useListState,
} from '../components/list/list-state';
import { ListToolbar } from '../components/list/list-toolbar';
import { NewItemDialog } from '../components/list/new-item-dialog';
import { useSelection } from '../components/list/use-selection';
import { useContentPermissions } from '../components/use-content-permissions';

/**
 * `/content`: the content list. Search, filters, sort and the trash switch live in the URL, so a
 * reload or the back button keeps them; facet counts follow the current filter.
 */
export function ContentRoute() {
  const { state, update } = useListState();
  const permissions = useContentPermissions();
  const searchRef = useRef<HTMLInputElement>(null);
  const [filtersOpen, filters] = useDisclosure(false);
  const [dialog, setDialog] = useState<'new' | 'import' | null>(null);

  const filter = apiFilter(state);
  const query = useGetContentListInfiniteQuery(apiListArgs(state));
  const { data: facets } = useGetContentFacetsQuery(filter);
  const { data: types } = useGetContentTypesQuery();
  const items = pageItems(query.data);
  // The list filters by the search text; the search answers where in each item it matched.
  const q = state.q.trim();
  const { data: hits } = useSearchContentQuery(
    { q, type: state.type, status: state.status, limit: 100 },
    { skip: !q || state.trashed },
  );
  const highlights = new Map((hits?.items ?? []).map((hit) => [hit.id, hit]));
  const selection = useSelection(listStateQuery(state));

  const typeLabel = (type: string) =>
    types?.items.find((t) => t.type === type)?.label ?? humanise(type);
  const titleOf = (id: string) => items.find((i) => i.id === id)?.title ?? id;
  const bulkAllowed = permissions.canBulk && !state.trashed;
  const panel = <FilterPanel state={state} facets={facets} typeLabel={typeLabel} update={update} />;

  return (
    <Stack gap="md">
      <ListHeader
        trashed={state.trashed}
        total={facets?.total}
        filter={filter}
        canCreate={permissions.canCreate}
        canImport={permissions.canImport}
        onView={(trashed) => {
          update({ trashed });
        }}
        onNew={() => setDialog('new')}
        onImport={() => setDialog('import')}
      />
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Box visibleFrom="md" w={250} style={{ flexShrink: 0 }}>
          {panel}
        </Box>
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          <ListToolbar
            state={state}
            update={update}
            searchRef={searchRef}
            onOpenFilters={filters.open}
          />
          {bulkAllowed && (
            <BulkBar
              selected={selection.ids}
              titleOf={titleOf}
              authors={(facets?.author ?? []).map((a) => ({
                value: a.value,
                label: a.label ?? a.value,
              }))}
              tags={(facets?.tag ?? []).map((t) => t.value)}
              onDone={selection.replace}
            />
          )}
          <ContentResults
            query={query}
            items={items}
            trashed={state.trashed}
            filtered={state.q !== '' || activeFilterCount(state) > 0}
            selection={bulkAllowed ? selection : undefined}
            canDelete={permissions.canDelete}
            typeLabel={typeLabel}
            searchRef={searchRef}
            highlights={highlights}
            onClearFilters={() => {
              update({ q: '', status: [], type: [], tag: [], author: [], channel: [], dates: {} });
            }}
          />
        </Stack>
      </Group>
      <Drawer
        opened={filtersOpen}
        onClose={filters.close}
        title="Filters"
        position="right"
        size="xs"
      >
        {panel}
      </Drawer>
      <NewItemDialog
        opened={dialog === 'new'}
        types={types?.items ?? []}
        onClose={() => setDialog(null)}
      />
      <ImportDialog opened={dialog === 'import'} onClose={() => setDialog(null)} />
    </Stack>
  );
}
