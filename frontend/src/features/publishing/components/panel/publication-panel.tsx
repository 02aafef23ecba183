import { Paper, Stack, Title } from '@mantine/core';
import { useId, useState } from 'react';

import { ErrorState } from '@/components/feedback/data-states';

import { useGetItemPublicationsQuery } from '../../api/publications-api';
import { IN_FLIGHT } from '../log/status-badges';
import { ItemAttempts } from './item-attempts';
import { PublicationRow } from './publication-row';

/** How often the panel asks while a delivery is under way. */
export const PUBLICATION_POLL_MS = 2000;

/**
 * The editor's publication panel: each target channel's publication, live while any is queued,
 * sending or retrying (polled every 2 s, and not at all once none is), with the item's attempts.
 * Shows nothing for an item never published.
 */
export function PublicationPanel({ itemId }: { itemId: string }) {
  const titleId = useId();
  const [polling, setPolling] = useState(false);
  const pollingInterval = polling ? PUBLICATION_POLL_MS : 0;
  const query = useGetItemPublicationsQuery(itemId, { pollingInterval });
  const publications = query.data?.items ?? [];
  const inFlight = publications.some((p) => IN_FLIGHT.includes(p.status));
  // Derived from the answer during render (not in an effect), so polling starts and stops with it.
  if (inFlight !== polling) setPolling(inFlight);

  if (query.isLoading || (!query.error && publications.length === 0)) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          Publishing
        </Title>
        {query.error ? (
          <ErrorState
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : (
          <Stack gap="md" role="list" aria-label="Publications" aria-live="polite">
            {publications.map((p) => (
              <PublicationRow key={p.id} publication={p} />
            ))}
          </Stack>
        )}
        <ItemAttempts itemId={itemId} pollingInterval={pollingInterval} />
      </Stack>
    </Paper>
  );
}
