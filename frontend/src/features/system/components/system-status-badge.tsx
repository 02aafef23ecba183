import { Badge, type MantineColor } from '@mantine/core';

import type { HealthStatus } from '../api/system-api';

const COLORS: Record<HealthStatus, MantineColor> = {
  UP: 'green',
  DOWN: 'red',
  OUT_OF_SERVICE: 'orange',
  UNKNOWN: 'gray',
};

export function SystemStatusBadge({ status }: { status: HealthStatus }) {
  // Unknown values from a newer backend still render, in grey.
  const color = (COLORS as Partial<Record<string, MantineColor>>)[status] ?? 'gray';
  return (
    <Badge
      color={color}
      size="lg"
      variant="filled"
      data-testid="system-status"
      data-status={status}
      aria-label={`Health status: ${status.replaceAll('_', ' ')}`}
    >
      {status.replaceAll('_', ' ')}
    </Badge>
  );
}
