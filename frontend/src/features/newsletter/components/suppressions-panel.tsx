import { Stack, Table, Text, Title } from '@mantine/core';

import { DataTable } from '@/components/data/data-table';
import { QueryStates } from '@/components/feedback/data-states';
import { pageItems } from '@/lib/api/page';
import { formatDateTime } from '@/lib/format-date';

import { useGetSuppressionsInfiniteQuery } from '../api/newsletter-api';

/** Addresses no list mails: bounced for good or complained, newest first. */
export function SuppressionsPanel() {
  const query = useGetSuppressionsInfiniteQuery();
  const rows = pageItems(query.data);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Suppressions
      </Title>
      <Text size="sm" c="dimmed">
        Addresses that bounced for good or complained. No list mails them.
      </Text>
      <QueryStates
        query={query}
        loadingLabel="Loading suppressions"
        ready={!!query.data}
        empty={rows.length === 0 && 'No suppressed addresses.'}
      >
        <DataTable
          label="Suppressions"
          minWidth={480}
          columns={['E-mail', 'Reason', 'Since']}
          paging={query}
        >
          {rows.map((s) => (
            <Table.Tr key={s.email}>
              <Table.Td style={{ wordBreak: 'break-all' }}>{s.email}</Table.Td>
              <Table.Td>{s.reason}</Table.Td>
              <Table.Td>
                <time dateTime={s.createdAt}>{formatDateTime(s.createdAt)}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </QueryStates>
    </Stack>
  );
}
