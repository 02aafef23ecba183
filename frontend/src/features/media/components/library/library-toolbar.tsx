import { ActionIcon, Group, Select, TextInput, Tooltip } from '@mantine/core';
import { IconLayoutGrid, IconList, IconSearch } from '@tabler/icons-react';

import { KIND_LABELS } from '../../api/media-files';
import { MEDIA_KINDS, type MediaKind } from '../../api/types';

export type LibraryView = 'grid' | 'list';

const KIND_OPTIONS = MEDIA_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

/** Search, type filter and the grid/list toggle. */
export function LibraryToolbar({
  q,
  onQ,
  kind,
  onKind,
  view,
  onView,
}: {
  q: string;
  onQ: (q: string) => void;
  kind: MediaKind | null;
  onKind: (kind: MediaKind | null) => void;
  view: LibraryView;
  onView: (view: LibraryView) => void;
}) {
  return (
    <Group gap="xs" wrap="wrap" align="flex-end">
      <TextInput
        aria-label="Search media"
        placeholder="Search by name or alt text"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(e) => onQ(e.currentTarget.value)}
        type="search"
        style={{ flex: '1 1 12rem' }}
      />
      <Select
        aria-label="Type"
        placeholder="All types"
        data={KIND_OPTIONS}
        value={kind}
        onChange={(value) => onKind(value)}
        clearable
        w={150}
      />
      <ActionIcon.Group>
        {(
          [
            ['grid', 'Grid view', IconLayoutGrid],
            ['list', 'List view', IconList],
          ] as const
        ).map(([value, label, Glyph]) => (
          <Tooltip key={value} label={label}>
            <ActionIcon
              size="lg"
              variant={view === value ? 'filled' : 'default'}
              aria-label={label}
              aria-pressed={view === value}
              onClick={() => onView(value)}
            >
              <Glyph size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        ))}
      </ActionIcon.Group>
    </Group>
  );
}
