import { Badge, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { formatDateTime } from '@/lib/format-date';

import type { ChannelHealth, HealthState } from '../../api/types';

const HEALTH: Record<HealthState, { label: string; color: string }> = {
  ok: { label: 'Working', color: 'green' },
  temporary_failure: { label: 'Temporarily failing', color: 'orange' },
  credential_invalid: { label: 'Reconnect needed', color: 'red' },
  unknown: { label: 'Not checked', color: 'gray' },
};

const WARN_AHEAD_MS = 7 * 24 * 3600 * 1000;

export function HealthBadge({ health }: { health: ChannelHealth }) {
  const { label, color } = HEALTH[health.state];
  return (
    <Badge variant="light" color={color}>
      {label}
    </Badge>
  );
}

/** The badge, what the last check said and when, and a warning before the credential expires. */
export function HealthSummary({ health }: { health: ChannelHealth }) {
  // When the page showed it: the expiry warning need not tick.
  const [now] = useState(() => Date.now());
  const expires = health.credentialExpiresAt ? Date.parse(health.credentialExpiresAt) : null;
  return (
    <Stack gap={2} align="flex-start">
      <HealthBadge health={health} />
      {health.detail && <Text size="xs">{health.detail}</Text>}
      <Text size="xs" c="dimmed">
        {health.checkedAt ? (
          <>
            Checked <time dateTime={health.checkedAt}>{formatDateTime(health.checkedAt)}</time>
          </>
        ) : (
          'Never checked'
        )}
      </Text>
      {expires !== null && health.credentialExpiresAt && (
        <Text size="xs" c={expires - now < WARN_AHEAD_MS ? 'red' : 'dimmed'}>
          {expires < now ? 'Credential expired' : 'Credential expires'}{' '}
          <time dateTime={health.credentialExpiresAt}>
            {formatDateTime(health.credentialExpiresAt)}
          </time>
        </Text>
      )}
    </Stack>
  );
}
