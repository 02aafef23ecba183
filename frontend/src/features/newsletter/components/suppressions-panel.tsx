import { Table, Text } from '@mantine/core';

import { useGetSuppressionsInfiniteQuery } from '../api/newsletter-api';
import { AddressTablePanel } from './address-table-panel';

/** Addresses no list mails: bounced for good or complained, newest first. */
export function SuppressionsPanel() {
  const query = useGetSuppressionsInfiniteQuery();
  return (
    <AddressTablePanel
      title="Suppressions"
      label="Suppressions"
      query={query}
      empty="No suppressed addresses."
      minWidth={480}
      columns={['Reason']}
      cells={(s) => <Table.Td>{s.reason}</Table.Td>}
    >
      <Text size="sm" c="dimmed">
        Addresses that bounced for good or complained. No list mails them.
      </Text>
    </AddressTablePanel>
  );
}
