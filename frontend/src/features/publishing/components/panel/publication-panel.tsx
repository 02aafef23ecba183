import { Paper, Stack, Title } from '@mantine/core';
import { useId, useState } from 'react';

import { ErrorState } from '@/components/feedback/data-states';

import { useGetChannelsQuery } from '../../api/channels-api';
import { useGetItemPublicationsQuery } from '../../api/publications-api';
import { IN_FLIGHT } from '../log/status-badges';
import { ChannelApprovals } from './channel-approvals';
import { ItemAttempts } from './item-attempts';
import { PublicationRow } from './publication-row';

/** How often the panel asks while a delivery is under way. */
export const PUBLICATION_POLL_MS = 2000;

/**
 * The editor's publication panel: each target channel's publication, live while any is queued,
 * sending or retrying (polled every 2 s, and not at all once none is), with the item's attempts.
 * Shows nothing for an item never published unless a target channel requires approval: then
 * the approvals, so a reviewer can approve before it is scheduled.
 */
export function PublicationPanel({ itemId, targets = [] }: { itemId: string; targets?: string[] }) {
  const titleId = useId();
  const [polling, setPolling] = useState(false);
  const pollingInterval = polling ? PUBLICATION_POLL_MS : 0;
  const query = useGetItemPublicationsQuery(itemId, { pollingInterval });
  const publications = query.data?.items ?? [];
  const inFlight = publications.some((p) => IN_FLIGHT.includes(p.status));
  // Derived from the answer during render (not in an effect), so polling starts and stops with it.
  if (inFlight !== polling) setPolling(inFlight);

  const approvals = query.data?.approvals ?? [];
  const gates = useGatedTargets(targets);
  if (query.isLoading || (!query.error && publications.length === 0 && !gates)) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          Publishing
        </Title>
        {query.data && <ChannelApprovals itemId={itemId} targets={targets} approvals={approvals} />}
        {query.error ? (
          <ErrorState
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : (
          publications.length > 0 && (
            <Stack gap="md" role="list" aria-label="Publications" aria-live="polite">
              {publications.map((p) => (
                <PublicationRow key={p.id} publication={p} />
              ))}
            </Stack>
          )
        )}
        <ItemAttempts itemId={itemId} pollingInterval={pollingInterval} />
      </Stack>
    </Paper>
  );
}

/** Whether any of the item's target channels requires approval. */
function useGatedTargets(targets: string[]) {
  const { data } = useGetChannelsQuery(undefined, { skip: targets.length === 0 });
  return (data?.items ?? []).some((c) => c.requiresApproval && targets.includes(c.slug));
}
