import { Badge, Select, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';

import { DataTable } from '@/components/data/data-table';
import { QueryStates } from '@/components/feedback/data-states';
import { pageItems } from '@/lib/api/page';
import { formatDateTime } from '@/lib/format-date';

import { useGetSubscribersInfiniteQuery } from '../api/newsletter-api';
import type { NewsletterList, SubscriberStatus } from '../api/types';
import { ImportForm } from './import-form';

const STATUS_COLOR: Record<SubscriberStatus, string> = {
  pending: 'yellow',
  confirmed: 'green',
  unsubscribed: 'gray',
  bounced: 'red',
  complained: 'red',
};

const STATUSES = Object.keys(STATUS_COLOR) as SubscriberStatus[];

/** One list's subscribers, newest first, a page at a time, by status; and its CSV import. */
export function SubscribersPanel({ list }: { list: NewsletterList }) {
  const [status, setStatus] = useState<SubscriberStatus | null>(null);
  const query = useGetSubscribersInfiniteQuery({ listId: list.id, status });
  const subscribers = pageItems(query.data);

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Subscribers of {list.name}
      </Title>
      <ImportForm listId={list.id} />
      <Select
        label="Status"
        placeholder="Every status"
        clearable
        data={STATUSES}
        value={status}
        onChange={(v) => setStatus(STATUSES.find((x) => x === v) ?? null)}
        maw={240}
      />
      <QueryStates
        query={query}
        loadingLabel="Loading subscribers"
        ready={!!query.data}
        empty={
          subscribers.length === 0 &&
          (status ? `No ${status} subscribers.` : 'No subscribers yet. Import a CSV to add some.')
        }
      >
        <DataTable
          label="Subscribers"
          minWidth={560}
          columns={['E-mail', 'Name', 'Status', 'Since']}
          paging={query}
        >
          {subscribers.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td style={{ wordBreak: 'break-all' }}>{s.email}</Table.Td>
              <Table.Td>{s.name ?? ''}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLOR[s.status]}>
                  {s.status}
                </Badge>
              </Table.Td>
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
