import { Badge, Select, Table } from '@mantine/core';
import { useState } from 'react';

import { useGetSubscribersInfiniteQuery } from '../api/newsletter-api';
import type { NewsletterList, SubscriberStatus } from '../api/types';
import { AddressTablePanel } from './address-table-panel';
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

  return (
    <AddressTablePanel
      title={`Subscribers of ${list.name}`}
      label="Subscribers"
      query={query}
      empty={status ? `No ${status} subscribers.` : 'No subscribers yet. Import a CSV to add some.'}
      minWidth={560}
      columns={['Name', 'Status']}
      rowKey={(s) => s.id}
      cells={(s) => (
        <>
          <Table.Td>{s.name ?? ''}</Table.Td>
          <Table.Td>
            <Badge variant="light" color={STATUS_COLOR[s.status]}>
              {s.status}
            </Badge>
          </Table.Td>
        </>
      )}
    >
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
    </AddressTablePanel>
  );
}
