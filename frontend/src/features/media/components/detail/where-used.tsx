import { Stack, Text } from '@mantine/core';

import { QueryStates } from '@/components/feedback/data-states';

import { useGetMediaUsageQuery } from '../../api/media-api';
import { UsingItems } from './using-items';

/** The content items whose cover is this file, trashed ones included. */
export function WhereUsed({ id }: { id: string }) {
  const query = useGetMediaUsageQuery(id);
  const items = query.data?.items ?? [];
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        Where used
      </Text>
      <QueryStates
        query={query}
        loadingLabel="Loading where used"
        loadingRows={1}
        ready={query.data !== undefined}
        empty={items.length === 0 && 'No content item uses this file.'}
      >
        <UsingItems items={items} />
      </QueryStates>
    </Stack>
  );
}
