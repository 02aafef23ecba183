import { Button, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import { QueryStates } from '@/components/feedback/data-states';
import { pageItems } from '@/lib/api/page';

import { mediaApi, useGetMediaListInfiniteQuery } from '../../api/media-api';
import { awaitsVariants, VARIANTS_POLL_MS } from '../../api/media-files';
import type { MediaFile, MediaKind } from '../../api/types';
import { LibraryToolbar, type LibraryView } from './library-toolbar';
import { MediaGrid } from './media-grid';
import { MediaTable } from './media-table';

/**
 * The library with its search, type filter and grid/list toggle, newest first, a page at a
 * time. `onOpen` gets the file a person activates (the drawer on the media page, the choice in
 * the picker).
 */
export function MediaLibrary({
  onOpen,
  selectedId,
  initialKind = null,
  initialView = 'grid',
}: {
  onOpen: (file: MediaFile) => void;
  selectedId?: string | null;
  initialKind?: MediaKind | null;
  initialView?: LibraryView;
}) {
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<MediaKind | null>(initialKind);
  const [view, setView] = useState<LibraryView>(initialView);
  const [search] = useDebouncedValue(q.trim(), 300);
  const args = { kind, q: search };
  // while a file on screen awaits its variants, ask again so its preview appears by itself
  const cached = mediaApi.endpoints.getMediaList.useInfiniteQueryState(args);
  const pending = pageItems(cached.data).some(awaitsVariants);
  const query = useGetMediaListInfiniteQuery(args, {
    pollingInterval: pending ? VARIANTS_POLL_MS : 0,
  });
  const files = pageItems(query.data);
  const filtered = search !== '' || kind !== null;
  const paging = {
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    fetchNextPage: query.fetchNextPage,
  };
  return (
    <Stack gap="sm">
      <LibraryToolbar q={q} onQ={setQ} kind={kind} onKind={setKind} view={view} onView={setView} />
      <QueryStates
        query={query}
        loadingLabel="Loading media"
        ready={query.data !== undefined}
        empty={
          files.length === 0 &&
          (filtered ? 'No files match.' : 'The library is empty. Upload a file to start.')
        }
      >
        {view === 'grid' ? (
          <Stack gap="sm">
            <MediaGrid files={files} onOpen={onOpen} selectedId={selectedId} />
            {paging.hasNextPage && (
              <Button
                variant="default"
                w="fit-content"
                loading={paging.isFetchingNextPage}
                onClick={() => void paging.fetchNextPage()}
              >
                Load more
              </Button>
            )}
          </Stack>
        ) : (
          <MediaTable files={files} onOpen={onOpen} paging={paging} />
        )}
      </QueryStates>
    </Stack>
  );
}
