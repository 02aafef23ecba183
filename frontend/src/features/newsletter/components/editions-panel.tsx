import { Badge, Progress, Stack, Table, Text, Title } from '@mantine/core';

import { DataTable } from '@/components/data/data-table';
import { QueryStates } from '@/components/feedback/data-states';
import { pageItems } from '@/lib/api/page';
import { formatDateTime } from '@/lib/format-date';

import { newsletterApi, useGetEditionsInfiniteQuery } from '../api/newsletter-api';
import type { Edition, NewsletterList } from '../api/types';

/** How often the editions are read again while one of them is still sending. */
export const EDITIONS_POLL_MS = 5000;

const numberFormat = new Intl.NumberFormat();
const n = (value: number) => numberFormat.format(value);

/** Sent of total, with a bar while the edition is still going out. */
function SentCell({ edition }: { edition: Edition }) {
  const done = edition.total === 0 ? 100 : (100 * edition.sent) / edition.total;
  return (
    <Table.Td>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {n(edition.sent)} / {n(edition.total)}
      </Text>
      {edition.status === 'sending' && (
        <Progress
          value={done}
          size="sm"
          mt={4}
          animated
          aria-label={`Sending ${edition.subject}`}
          aria-valuetext={`${n(edition.sent)} of ${n(edition.total)} sent`}
        />
      )}
    </Table.Td>
  );
}

/**
 * One list's editions, newest first, a page at a time: their sending progress, failures and
 * skips, and unique opens and clicks (the totals, repeats included, on hover). While any edition
 * on screen is sending, every loaded page is read again every {@link EDITIONS_POLL_MS}.
 */
export function EditionsPanel({ list }: { list: NewsletterList }) {
  const cached = newsletterApi.endpoints.getEditions.useInfiniteQueryState(list.id);
  const sending = pageItems(cached.data).some((e) => e.status === 'sending');
  const query = useGetEditionsInfiniteQuery(list.id, {
    pollingInterval: sending ? EDITIONS_POLL_MS : 0,
  });
  const editions = pageItems(query.data);

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Editions of {list.name}
      </Title>
      <QueryStates
        query={query}
        loadingLabel="Loading editions"
        ready={!!query.data}
        empty={
          editions.length === 0 &&
          'No editions yet. Publishing to a newsletter channel of this list sends one.'
        }
      >
        <DataTable
          label="Editions"
          minWidth={760}
          columns={[
            'Subject',
            'Status',
            'Sent',
            'Failed',
            'Skipped',
            'Unique opens',
            'Unique clicks',
            'Created',
          ]}
          paging={query}
        >
          {editions.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.subject}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={e.status === 'sending' ? 'blue' : 'green'}>
                  {e.status}
                </Badge>
              </Table.Td>
              <SentCell edition={e} />
              <Table.Td>
                <Text size="sm" c={e.failed > 0 ? 'red' : undefined}>
                  {n(e.failed)}
                </Text>
              </Table.Td>
              <Table.Td>{n(e.skipped)}</Table.Td>
              <Table.Td title={`${n(e.opens)} opens in all`}>{n(e.uniqueOpens)}</Table.Td>
              <Table.Td title={`${n(e.clicks)} clicks in all`}>{n(e.uniqueClicks)}</Table.Td>
              <Table.Td>
                <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </QueryStates>
    </Stack>
  );
}
