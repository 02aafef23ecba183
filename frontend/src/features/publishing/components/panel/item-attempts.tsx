import { Button, Collapse, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';

import { QueryStates } from '@/components/feedback/data-states';
import { pageItems } from '@/lib/api/page';

import { useGetItemAttemptsInfiniteQuery } from '../../api/publications-api';
import type { Attempt } from '../../api/types';
import { AttemptDrawer } from '../log/attempt-drawer';
import { AttemptsTable } from '../log/attempts-table';

/** The item's attempts on every channel, behind a toggle; asked for only once opened. */
export function ItemAttempts({
  itemId,
  pollingInterval,
}: {
  itemId: string;
  pollingInterval: number;
}) {
  const [opened, { toggle }] = useDisclosure(false);
  const query = useGetItemAttemptsInfiniteQuery(itemId, { skip: !opened, pollingInterval });
  const [selected, setSelected] = useState<Attempt | null>(null);
  const attempts = pageItems(query.data);
  const Chevron = opened ? IconChevronDown : IconChevronRight;

  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        leftSection={<Chevron size={14} aria-hidden />}
        aria-expanded={opened}
        onClick={toggle}
      >
        Delivery attempts
      </Button>
      <Collapse expanded={opened}>
        {opened && (
          <QueryStates
            query={query}
            loadingLabel="Loading the attempts"
            ready={!!query.data}
            empty={attempts.length === 0 && 'No attempts yet.'}
          >
            <AttemptsTable attempts={attempts} of="channel" paging={query} onSelect={setSelected} />
          </QueryStates>
        )}
      </Collapse>
      <AttemptDrawer attempt={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}
