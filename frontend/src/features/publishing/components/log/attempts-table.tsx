import { Table, Text } from '@mantine/core';

import { DataTable, type Paging } from '@/components/data/data-table';
import { formatDateTime } from '@/lib/format-date';

import type { Attempt } from '../../api/types';
import { OutcomeBadge } from './status-badges';

/** The attempt's channel, which may since have been deleted. */
export const channelName = (attempt: Attempt) => attempt.channel?.name ?? 'a deleted channel';

export const itemTitle = (attempt: Attempt) => (attempt.item.title ?? '').trim() || 'Untitled';

export const elapsedLabel = (ms?: number | null) => (ms == null ? '—' : `${ms} ms`);
export const httpLabel = (status?: number | null) =>
  status == null ? 'no answer' : String(status);

const KIND: Record<Attempt['kind'], (n: number) => string> = {
  send: (n) => `Attempt ${n}`,
  lookup: () => 'Lookup',
  manual: () => 'Marked by a person',
};

function AttemptRow({
  attempt,
  of,
  onSelect,
}: {
  attempt: Attempt;
  of: 'item' | 'channel';
  onSelect: () => void;
}) {
  const target = of === 'item' ? itemTitle(attempt) : channelName(attempt);
  return (
    <Table.Tr
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect();
        }
      }}
      tabIndex={0}
      style={{ cursor: 'pointer' }}
      aria-label={`Attempt ${attempt.number} to ${target}, show details`}
    >
      <Table.Td>
        <Text size="sm">
          <time dateTime={attempt.startedAt}>{formatDateTime(attempt.startedAt)}</time>
        </Text>
        <Text size="xs" c="dimmed">
          {KIND[attempt.kind](attempt.number)} · {attempt.operation}
        </Text>
      </Table.Td>
      <Table.Td>{target}</Table.Td>
      <Table.Td>
        <OutcomeBadge outcome={attempt.outcome} />
        {/* On a phone the reason folds in here. */}
        {attempt.reason && (
          <Text size="xs" hiddenFrom="md" mt={4}>
            {attempt.reason}
          </Text>
        )}
      </Table.Td>
      <Table.Td visibleFrom="sm">{httpLabel(attempt.status)}</Table.Td>
      <Table.Td visibleFrom="sm">{elapsedLabel(attempt.elapsedMs)}</Table.Td>
      <Table.Td visibleFrom="md">
        <Text size="sm">{attempt.reason ?? '—'}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** Attempts, newest first; a row opens the request summary and the answer. */
export function AttemptsTable({
  attempts,
  of,
  paging,
  onSelect,
}: {
  attempts: Attempt[];
  /** What the second column names: the item (a channel's log) or the channel (an item's). */
  of: 'item' | 'channel';
  paging: Paging;
  onSelect: (attempt: Attempt) => void;
}) {
  return (
    <DataTable
      label="Delivery attempts"
      minWidth={320}
      striped
      highlightOnHover
      paging={paging}
      columns={[
        'Time',
        of === 'item' ? 'Item' : 'Channel',
        'Outcome',
        ['HTTP', 'sm'],
        ['Elapsed', 'sm'],
        ['Reason', 'md'],
      ]}
    >
      {attempts.map((a) => (
        <AttemptRow key={a.id} attempt={a} of={of} onSelect={() => onSelect(a)} />
      ))}
    </DataTable>
  );
}
