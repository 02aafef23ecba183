import { Anchor, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode, RefObject } from 'react';
import { Link, useNavigate } from 'react-router';

import { ActionsHeader, DataTable, type Paging } from '@/components/data/data-table';
import { formatDateTime } from '@/lib/format-date';

import { MarkedText } from '@/components/data/marked-text';

import type { ItemSummary, SearchHit } from '../../api/types';
import { StatusBadge, TypeBadge } from '../badges';
import classes from './content-table.module.css';
import { useListKeyboard } from './use-list-keyboard';

export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  setAll: (ids: string[], on: boolean) => void;
}

/**
 * The content rows: title (a link to the editor) with its snippet, status and type badges,
 * author and last change; a checkbox per row when `selection` is given, and `actions` per row
 * (the trash's restore and delete). Keyboard: see useListKeyboard.
 */
export function ContentTable({
  items,
  paging,
  selection,
  typeLabel,
  searchRef,
  actions,
  highlights,
}: {
  items: ItemSummary[];
  /** Search hits by item id: their marked title and snippet replace the plain ones. */
  highlights?: ReadonlyMap<string, SearchHit>;
  paging: Paging;
  selection?: Selection;
  typeLabel: (type: string) => string;
  searchRef: RefObject<HTMLInputElement | null>;
  actions?: (item: ItemSummary) => ReactNode;
}) {
  const navigate = useNavigate();
  const keyboard = useListKeyboard({
    count: items.length,
    onOpen: (i) => {
      const item = items[i];
      if (item) void navigate(`/content/${encodeURIComponent(item.id)}`);
    },
    onToggle: (i) => {
      const item = items[i];
      if (item) selection?.toggle(item.id);
    },
    searchRef,
  });
  const chosen = selection ? items.filter((i) => selection.selected.has(i.id)).length : 0;

  const head = (
    <>
      {selection && (
        <Table.Th w={40}>
          <Checkbox
            aria-label="Select every item shown"
            checked={chosen > 0 && chosen === items.length}
            indeterminate={chosen > 0 && chosen < items.length}
            onChange={(e) => {
              selection.setAll(
                items.map((i) => i.id),
                e.currentTarget.checked,
              );
            }}
          />
        </Table.Th>
      )}
      <Table.Th>Title</Table.Th>
      <Table.Th>Status</Table.Th>
      <Table.Th visibleFrom="sm">Type</Table.Th>
      <Table.Th visibleFrom="md">Author</Table.Th>
      <Table.Th visibleFrom="sm">Updated</Table.Th>
      {actions && <ActionsHeader />}
    </>
  );

  return (
    <DataTable label="Content items" minWidth={340} head={head} paging={paging} highlightOnHover>
      {items.map((item, index) => {
        const selected = selection?.selected.has(item.id) ?? false;
        const hit = highlights?.get(item.id);
        return (
          <Table.Tr
            key={item.id}
            className={classes.row}
            aria-selected={selection ? selected : undefined}
            data-selected={selected || undefined}
            data-focused={keyboard.focused === index || undefined}
            data-testid={`content-row-${item.id}`}
            {...keyboard.rowProps(index)}
          >
            {selection && (
              <Table.Td>
                <Checkbox
                  aria-label={`Select ${item.title}`}
                  checked={selected}
                  tabIndex={-1}
                  onChange={() => {
                    selection.toggle(item.id);
                  }}
                />
              </Table.Td>
            )}
            <Table.Td>
              <Stack gap={2}>
                <Anchor
                  component={Link}
                  to={`/content/${encodeURIComponent(item.id)}`}
                  fw={500}
                  tabIndex={-1}
                >
                  {hit ? <MarkedText html={hit.titleHighlight} /> : item.title || 'Untitled'}
                </Anchor>
                {(hit?.snippet ?? item.snippet) && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {hit ? <MarkedText html={hit.snippet} /> : item.snippet}
                  </Text>
                )}
                <Group gap={4} hiddenFrom="sm">
                  <TypeBadge type={item.type} label={typeLabel(item.type)} size="xs" />
                </Group>
              </Stack>
            </Table.Td>
            <Table.Td>
              <StatusBadge status={item.status} />
            </Table.Td>
            <Table.Td visibleFrom="sm">
              <TypeBadge type={item.type} label={typeLabel(item.type)} />
            </Table.Td>
            <Table.Td visibleFrom="md">{item.author.displayName}</Table.Td>
            <Table.Td visibleFrom="sm">
              <Text size="sm" c="dimmed">
                {formatDateTime(item.trashedAt ?? item.updatedAt)}
              </Text>
            </Table.Td>
            {actions && <Table.Td>{actions(item)}</Table.Td>}
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
