import { Badge, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import type { Channel, ConnectorSpec } from '../../api/types';

function Setting({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ wordBreak: 'break-all' }}>
        {children}
      </Text>
    </div>
  );
}

/** What the channel is set to; of each secret only whether it is set. */
export function ChannelSettings({
  channel,
  spec,
}: {
  channel: Channel;
  spec: ConnectorSpec | undefined;
}) {
  const settings = spec?.settings ?? [];
  const secrets = spec?.secrets ?? [];
  // Settings the spec no longer names still show, under their own names.
  const others = Object.keys(channel.settings).filter((k) => !settings.some((f) => f.name === k));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Settings
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {settings.map((f) => (
          <Setting key={f.name} label={f.label}>
            {channel.settings[f.name] ?? '—'}
          </Setting>
        ))}
        {others.map((k) => (
          <Setting key={k} label={k}>
            {channel.settings[k]}
          </Setting>
        ))}
        {secrets.map((f) => (
          <Setting key={f.name} label={f.label}>
            {channel.secretsSet.includes(f.name) ? (
              <Badge variant="light" color="green">
                Set
              </Badge>
            ) : (
              <Badge variant="light" color="gray">
                Not set
              </Badge>
            )}
          </Setting>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
