import { ActionIcon, Badge, Button, Group, Select, Tooltip } from '@mantine/core';
import { IconFilter, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { RefObject } from 'react';

import type { ContentSort } from '../../api/types';
import { activeFilterCount, type ListState } from './list-state';
import { SearchBox } from './search-box';

const SORTS: { value: ContentSort; label: string }[] = [
  { value: 'updated', label: 'Last updated' },
  { value: 'created', label: 'Created' },
  { value: 'published', label: 'Published' },
  { value: 'title', label: 'Title' },
];

/** Search, sort and (on narrow screens) the button that opens the filters. */
export function ListToolbar({
  state,
  update,
  searchRef,
  onOpenFilters,
}: {
  state: ListState;
  update: (patch: Partial<ListState>, options?: { replace?: boolean }) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  onOpenFilters: () => void;
}) {
  const active = activeFilterCount(state);
  const ascending = state.order === 'asc';
  return (
    <Group gap="xs" wrap="wrap" align="flex-end">
      <SearchBox
        q={state.q}
        inputRef={searchRef}
        onSearch={(q) => {
          update({ q }, { replace: true });
        }}
      />
      <Button
        hiddenFrom="md"
        variant="default"
        leftSection={<IconFilter size={16} aria-hidden />}
        rightSection={
          active > 0 ? (
            <Badge size="xs" circle>
              {active}
            </Badge>
          ) : undefined
        }
        onClick={onOpenFilters}
      >
        Filters
      </Button>
      <Group gap={4} wrap="nowrap">
        <Select
          aria-label="Sort by"
          data={SORTS}
          value={state.sort}
          allowDeselect={false}
          onChange={(sort) => {
            if (sort) update({ sort });
          }}
          w={150}
        />
        <Tooltip label={ascending ? 'Ascending' : 'Descending'}>
          <ActionIcon
            variant="default"
            size="input-sm"
            aria-label={ascending ? 'Sort descending' : 'Sort ascending'}
            onClick={() => {
              update({ order: ascending ? 'desc' : 'asc' });
            }}
          >
            {ascending ? (
              <IconSortAscending size={18} aria-hidden />
            ) : (
              <IconSortDescending size={18} aria-hidden />
            )}
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
