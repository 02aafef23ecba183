import { Stack, Title } from '@mantine/core';
import { useState } from 'react';

import { QueryStates } from '@/components/feedback/data-states';
import { pageItems } from '@/lib/api/page';

import { useGetChannelAttemptsInfiniteQuery } from '../../api/publications-api';
import type { Attempt } from '../../api/types';
import { AttemptDrawer } from './attempt-drawer';
import { AttemptsTable } from './attempts-table';

/** A channel's delivery log: every attempt for every item, newest first, a page at a time. */
export function DeliveryLog({ channelId }: { channelId: string }) {
  const query = useGetChannelAttemptsInfiniteQuery(channelId);
  const [selected, setSelected] = useState<Attempt | null>(null);
  const attempts = pageItems(query.data);

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Delivery log
      </Title>
      <QueryStates
        query={query}
        loadingLabel="Loading the delivery log"
        ready={!!query.data}
        empty={attempts.length === 0 && 'Nothing was delivered to this channel yet.'}
      >
        <AttemptsTable attempts={attempts} of="item" paging={query} onSelect={setSelected} />
      </QueryStates>
      <AttemptDrawer attempt={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}
