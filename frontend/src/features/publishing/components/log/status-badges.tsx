import { Badge } from '@mantine/core';

import type { AttemptOutcome, PublicationStatus } from '../../api/types';

interface Look {
  label: string;
  color: string;
}

const STATUS: Record<PublicationStatus, Look> = {
  pending: { label: 'Queued', color: 'gray' },
  sending: { label: 'Sending', color: 'blue' },
  retrying: { label: 'Retrying', color: 'orange' },
  delivered: { label: 'Delivered', color: 'green' },
  failed: { label: 'Failed', color: 'red' },
  needs_checking: { label: 'Needs checking', color: 'yellow' },
  removed: { label: 'Removed', color: 'gray' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

const OUTCOME: Record<AttemptOutcome, Look> = {
  in_progress: { label: 'In progress', color: 'blue' },
  delivered: { label: 'Delivered', color: 'green' },
  retry: { label: 'Will retry', color: 'orange' },
  unknown: { label: 'No answer', color: 'yellow' },
  failed: { label: 'Failed', color: 'red' },
  credential_rejected: { label: 'Credentials refused', color: 'red' },
  found: { label: 'Found there', color: 'green' },
  not_found: { label: 'Not found there', color: 'gray' },
  unavailable: { label: 'Could not ask', color: 'orange' },
  marked_delivered: { label: 'Marked delivered', color: 'teal' },
};

/** Statuses a delivery is still moving through: the panel keeps asking while one is shown. */
export const IN_FLIGHT: readonly PublicationStatus[] = ['pending', 'sending', 'retrying'];

function LookBadge({ look }: { look: Look | undefined }) {
  return (
    <Badge variant="light" color={look?.color ?? 'gray'}>
      {look?.label ?? 'Unknown'}
    </Badge>
  );
}

export function PublicationStatusBadge({ status }: { status: PublicationStatus }) {
  return <LookBadge look={STATUS[status]} />;
}

export function OutcomeBadge({ outcome }: { outcome: AttemptOutcome }) {
  return <LookBadge look={OUTCOME[outcome]} />;
}
