import { Drawer, Group, Stack } from '@mantine/core';
import { useState } from 'react';

import { QueryStates } from '@/components/feedback/data-states';
import { pageItems } from '@/lib/api/page';

import { useGetAuditEventsInfiniteQuery } from '../../api/admin-api';
import type { AuditEvent, AuditFilter } from '../../api/types';
import { AuditEventDetails } from './audit-event-details';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';
import { ExportButton, useChainVerification } from './audit-tools';

/**
 * The audit log. `canSearchUsers` (users:manage) lets the actor filter search people by name;
 * without it the filter takes a user id.
 */
export function AuditPanel({ canSearchUsers }: { canSearchUsers: boolean }) {
  const [filter, setFilter] = useState<AuditFilter>({});
  const [selected, setSelected] = useState<AuditEvent | null>(null);
  const chain = useChainVerification();
  const query = useGetAuditEventsInfiniteQuery(filter);
  const events = pageItems(query.data);

  return (
    <Stack gap="md">
      <AuditFilters canSearchUsers={canSearchUsers} onApply={setFilter} />

      <Group justify="space-between">
        <Group gap="sm">{chain.button}</Group>
        <Group gap="sm">
          <ExportButton format="ndjson" filter={filter} />
          <ExportButton format="csv" filter={filter} />
        </Group>
      </Group>
      {chain.outcome}

      <QueryStates
        query={query}
        loadingLabel="Loading audit events"
        loadingRows={6}
        empty={events.length === 0 && 'No audit events match.'}
      >
        <AuditTable events={events} paging={query} onSelect={setSelected} />
      </QueryStates>
      <Drawer
        opened={selected !== null}
        onClose={() => {
          setSelected(null);
        }}
        position="right"
        title="Audit event"
      >
        {selected && <AuditEventDetails event={selected} />}
      </Drawer>
    </Stack>
  );
}
