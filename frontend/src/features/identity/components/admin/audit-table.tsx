import { Code, Table, Text } from '@mantine/core';

import { DataTable, type Paging } from '@/components/data/data-table';
import { formatDateTime } from '@/lib/format-date';

import type { AuditEvent } from '../../api/types';
import { actorLabel, ipLabel, targetLabel } from './audit-event-details';

function Occurred({ event }: { event: AuditEvent }) {
  return <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>;
}

function AuditRow({ event, onSelect }: { event: AuditEvent; onSelect: () => void }) {
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
      aria-label={`${event.action} by ${actorLabel(event)}, show details`}
    >
      <Table.Td visibleFrom="sm">
        <Occurred event={event} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{actorLabel(event)}</Text>
        {/* On a narrow screen the time folds in here. */}
        <Text size="xs" c="dimmed" hiddenFrom="sm">
          <Occurred event={event} />
        </Text>
        {event.actorName && event.actorEmail && (
          <Text size="xs" c="dimmed" visibleFrom="sm">
            {event.actorEmail}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Code style={{ wordBreak: 'break-all' }}>{event.action}</Code>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{targetLabel(event)}</Text>
        {event.targetName && event.targetEmail && (
          <Text size="xs" c="dimmed">
            {event.targetEmail}
          </Text>
        )}
      </Table.Td>
      <Table.Td visibleFrom="md" title={event.ip ?? undefined}>
        {ipLabel(event.ip)}
      </Table.Td>
    </Table.Tr>
  );
}

/** Audit events, newest first; a row opens its details. */
export function AuditTable({
  events,
  paging,
  onSelect,
}: {
  events: AuditEvent[];
  paging: Paging;
  onSelect: (event: AuditEvent) => void;
}) {
  return (
    <DataTable
      label="Audit events"
      minWidth={320}
      striped
      highlightOnHover
      paging={paging}
      columns={[['Time', 'sm'], 'Actor', 'Action', ['Target', 'sm'], ['IP address', 'md']]}
    >
      {events.map((event) => (
        <AuditRow
          key={event.id}
          event={event}
          onSelect={() => {
            onSelect(event);
          }}
        />
      ))}
    </DataTable>
  );
}
