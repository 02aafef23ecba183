import { Anchor, Code, Drawer, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { formatDateTime } from '@/lib/format-date';

import { useGetItemPublicationsQuery } from '../../api/publications-api';
import type { Attempt } from '../../api/types';
import { channelName, elapsedLabel, httpLabel, itemTitle } from './attempts-table';
import { PublicationActions } from './publication-actions';
import { OutcomeBadge, PublicationStatusBadge } from './status-badges';

const KIND_LABEL = { send: 'Send', lookup: 'Lookup', manual: 'Marked delivered by a person' };

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </div>
  );
}

/** Where the attempt's publication stands now, and what the person may do about it. */
function PublicationNow({ attempt }: { attempt: Attempt }) {
  const { data } = useGetItemPublicationsQuery(attempt.item.id);
  const publication = data?.items.find((p) => p.id === attempt.publicationId);
  if (!publication) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text size="sm">Publication now:</Text>
        <PublicationStatusBadge status={publication.status} />
      </Group>
      {publication.lastError && <Text size="sm">{publication.lastError}</Text>}
      <PublicationActions publication={publication} />
    </Stack>
  );
}

/** One attempt: what was sent (a summary, never headers or secrets) and what came back. */
export function AttemptDrawer({
  attempt,
  onClose,
}: {
  attempt: Attempt | null;
  onClose: () => void;
}) {
  return (
    <Drawer
      opened={attempt !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={attempt ? `Attempt ${attempt.number} to ${channelName(attempt)}` : ''}
    >
      {attempt && (
        <Stack gap="md">
          <Group gap="xs">
            <OutcomeBadge outcome={attempt.outcome} />
            {attempt.reason && <Text size="sm">{attempt.reason}</Text>}
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Fact label="Item">
              <Anchor component={Link} to={`/content/${encodeURIComponent(attempt.item.id)}`}>
                {itemTitle(attempt)}
              </Anchor>
            </Fact>
            <Fact label="Kind">
              {KIND_LABEL[attempt.kind]} ({attempt.operation})
            </Fact>
            <Fact label="Started">
              <time dateTime={attempt.startedAt}>{formatDateTime(attempt.startedAt)}</time>
            </Fact>
            <Fact label="Elapsed">{elapsedLabel(attempt.elapsedMs)}</Fact>
            <Fact label="HTTP status">{httpLabel(attempt.status)}</Fact>
            {attempt.idempotencyKey && (
              <Fact label="Idempotency key">
                <Code>{attempt.idempotencyKey}</Code>
              </Fact>
            )}
          </SimpleGrid>
          <div>
            <Title order={3} size="h5" mb={4}>
              Request
            </Title>
            <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {attempt.request || '(nothing was sent)'}
            </Code>
          </div>
          <div>
            <Title order={3} size="h5" mb={4}>
              Response
            </Title>
            {attempt.response ? (
              <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                {attempt.response}
              </Code>
            ) : (
              <Text size="sm" c="dimmed">
                {attempt.status == null ? 'No answer came.' : 'The answer had no body.'}
              </Text>
            )}
          </div>
          <PublicationNow attempt={attempt} />
        </Stack>
      )}
    </Drawer>
  );
}
