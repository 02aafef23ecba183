import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { QueryStates } from '@/components/feedback/data-states';

import {
  useGetChannelsQuery,
  useGetConnectorTypesQuery,
  useGetPublishingCallerQuery,
} from '../api/channels-api';
import { ChannelDialog } from '../components/channels/channel-dialog';
import { ChannelsTable } from '../components/channels/channels-table';
import { OneTimeSecrets } from '../components/channels/one-time-secrets';
import type { CreatedChannel } from '../api/types';

/** `/channels`: where published content goes, and whether each destination works. */
export function ChannelsRoute() {
  const channels = useGetChannelsQuery();
  const connectors = useGetConnectorTypesQuery();
  const { data: me } = useGetPublishingCallerQuery();
  const [creating, setCreating] = useState(false);
  // A channel just made with generated secrets: they are shown before moving to its page.
  const [made, setMade] = useState<CreatedChannel | null>(null);
  const navigate = useNavigate();
  const canManage = me?.permissions.includes('channels:manage') ?? false;
  const list = channels.data?.items ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Channels</Title>
          <Text c="dimmed" size="sm">
            Where published content goes: webhooks, feeds, the delivery API, social networks and
            newsletters.{' '}
            <Anchor component={Link} to="/newsletter" size="sm">
              Newsletter lists and subscribers
            </Anchor>
          </Text>
        </div>
        {canManage && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            New channel
          </Button>
        )}
      </Group>
      <QueryStates
        query={channels}
        loadingLabel="Loading channels"
        ready={!!channels.data}
        empty={
          list.length === 0 &&
          (canManage
            ? 'No channels yet. Create one to publish content somewhere.'
            : 'No channels yet. Someone who manages channels can create one.')
        }
      >
        <ChannelsTable channels={list} specs={connectors.data?.items ?? []} />
      </QueryStates>
      <ChannelDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(created: CreatedChannel) => {
          if (created.generatedSecrets && Object.keys(created.generatedSecrets).length > 0)
            setMade(created);
          else void navigate(`/channels/${encodeURIComponent(created.id)}`);
        }}
      />
      <OneTimeSecrets
        secrets={made?.generatedSecrets ?? null}
        spec={connectors.data?.items.find((s) => s.type === made?.connector)}
        title={`Secret of ${made?.name ?? 'the channel'}`}
        onClose={() => {
          const id = made?.id ?? '';
          setMade(null);
          void navigate(`/channels/${encodeURIComponent(id)}`);
        }}
      />
    </Stack>
  );
}
