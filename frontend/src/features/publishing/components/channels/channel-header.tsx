import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconKey, IconPencil, IconPlugConnected, IconTrash } from '@tabler/icons-react';

import { notifyFailure } from '@/lib/notify';

import { useTestChannelMutation } from '../../api/channels-api';
import type { Channel, ConnectorSpec, HealthState } from '../../api/types';
import { HealthSummary } from './health-badge';

interface ChannelHeaderProps {
  channel: Channel;
  spec: ConnectorSpec | undefined;
  canManage: boolean;
  onEdit: () => void;
  onRotate: () => void;
  onDelete: () => void;
}

const RESULT_COLOR: Record<HealthState, string> = {
  ok: 'green',
  temporary_failure: 'orange',
  credential_invalid: 'red',
  unknown: 'gray',
};

/** The channel's name, type and health, and what a channel manager can do with it. */
export function ChannelHeader({ channel, spec, canManage, ...actions }: ChannelHeaderProps) {
  const [test, tested] = useTestChannelMutation();
  const result = tested.data;
  const icon = (I: typeof IconKey) => <I size={16} aria-hidden />;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{channel.name}</Title>
          <Group gap="xs">
            <Badge variant="outline" color="gray">
              {spec?.label ?? channel.connector}
            </Badge>
            <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {channel.slug}
            </Text>
            {channel.requiresApproval && (
              <Badge variant="light" color="blue">
                Requires approval
              </Badge>
            )}
          </Group>
        </div>
        <HealthSummary health={channel.health} />
      </Group>
      {canManage && (
        <Group gap="xs">
          <Button variant="default" leftSection={icon(IconPencil)} onClick={actions.onEdit}>
            Edit
          </Button>
          <Button
            variant="default"
            leftSection={icon(IconPlugConnected)}
            loading={tested.isLoading}
            onClick={() => {
              test(channel.id)
                .unwrap()
                .catch((e: unknown) => notifyFailure(e, 'The test could not run'));
            }}
          >
            Send test
          </Button>
          {spec?.rotatable && (
            <Button variant="default" leftSection={icon(IconKey)} onClick={actions.onRotate}>
              Rotate secret
            </Button>
          )}
          <Button
            variant="light"
            color="red"
            leftSection={icon(IconTrash)}
            onClick={actions.onDelete}
          >
            Delete
          </Button>
        </Group>
      )}
      {result && (
        <Alert
          color={RESULT_COLOR[result.state]}
          variant="light"
          title={result.state === 'ok' ? 'The test worked' : 'The test failed'}
          role="status"
          withCloseButton
          onClose={() => tested.reset()}
        >
          <Text size="sm">{result.detail || 'No detail was given.'}</Text>
        </Alert>
      )}
    </Stack>
  );
}
