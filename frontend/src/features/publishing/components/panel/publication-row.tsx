import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';

import { formatDateTime } from '@/lib/format-date';

import type { Publication } from '../../api/types';
import { PublicationActions } from '../log/publication-actions';
import { PublicationStatusBadge } from '../log/status-badges';

const OPERATION = { publish: '', update: ' (update)', unpublish: ' (removal)' } as const;

function When({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}

/** What happens to one channel's post now, in words, and what the person may do about it. */
function Detail({ publication: p }: { publication: Publication }) {
  switch (p.status) {
    case 'pending':
      return <Text size="sm">Waiting for its turn.</Text>;
    case 'sending':
      return (
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm">Sending now…</Text>
        </Group>
      );
    case 'retrying':
      return (
        <Text size="sm">
          {p.lastError ?? 'The last attempt did not get through.'} Attempt {p.attempts} so far
          {p.nextAttemptAt && (
            <>
              ; the next at <When iso={p.nextAttemptAt} />
            </>
          )}
          .
        </Text>
      );
    case 'delivered':
      return (
        <Text size="sm">
          {p.deliveredAt ? (
            <>
              Delivered <When iso={p.deliveredAt} />.
            </>
          ) : (
            'Delivered.'
          )}{' '}
          {p.externalUrl && (
            <Anchor href={p.externalUrl} target="_blank" rel="noopener noreferrer">
              See it at {p.channel.name}
            </Anchor>
          )}
        </Text>
      );
    case 'failed':
      return <Text size="sm">{p.lastError ?? 'It stopped without a reason.'}</Text>;
    case 'needs_checking':
      return (
        <Text size="sm">
          It was sent and no answer came, and {p.channel.name} cannot say whether it arrived. Look
          there, then mark it delivered or send it again.
          {p.lastError && ` ${p.lastError}`}
        </Text>
      );
    case 'removed':
      return <Text size="sm">Taken back from {p.channel.name}.</Text>;
    case 'cancelled':
      return <Text size="sm">Cancelled: the item was unpublished before it arrived.</Text>;
  }
}

export function PublicationRow({ publication }: { publication: Publication }) {
  return (
    <Stack gap={4} role="listitem" aria-label={publication.channel.name}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500} style={{ wordBreak: 'break-word' }}>
          {publication.channel.name}
          {OPERATION[publication.operation]}
        </Text>
        <PublicationStatusBadge status={publication.status} />
      </Group>
      <Detail publication={publication} />
      <PublicationActions publication={publication} />
    </Stack>
  );
}
