import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { DataTable } from '@/components/data/data-table';

import type { Channel, ConnectorSpec } from '../../api/types';
import { HealthSummary } from './health-badge';

/** Every channel by name: its type, whether its credentials work, whether it needs approval. */
export function ChannelsTable({
  channels,
  specs,
}: {
  channels: Channel[];
  specs: ConnectorSpec[];
}) {
  const labelOf = (type: string) => specs.find((s) => s.type === type)?.label ?? type;
  return (
    <DataTable
      label="Channels"
      minWidth={320}
      columns={['Channel', ['Type', 'sm'], 'Health', ['Approval', 'sm']]}
      verticalSpacing="sm"
    >
      {channels.map((c) => (
        <Table.Tr key={c.id}>
          <Table.Td>
            <Anchor component={Link} to={`/channels/${encodeURIComponent(c.id)}`} fw={500}>
              {c.name}
            </Anchor>
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {c.slug}
            </Text>
            {/* On a phone the type folds in here. */}
            <Text size="xs" c="dimmed" hiddenFrom="sm">
              {labelOf(c.connector)}
              {c.requiresApproval && ' · requires approval'}
            </Text>
          </Table.Td>
          <Table.Td visibleFrom="sm">{labelOf(c.connector)}</Table.Td>
          <Table.Td>
            <HealthSummary health={c.health} />
          </Table.Td>
          <Table.Td visibleFrom="sm">{c.requiresApproval ? 'Required' : 'Not required'}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
