import { Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { QueryStates } from '@/components/feedback/data-states';
import { notifySuccess } from '@/lib/notify';

import {
  useCreateChannelMutation,
  useGetConnectorTypesQuery,
  useUpdateChannelMutation,
} from '../../api/channels-api';
import type { Channel, CreatedChannel } from '../../api/types';
import { ChannelForm } from './channel-form';

interface ChannelDialogProps {
  opened: boolean;
  /** The channel to edit; absent to create one. */
  channel?: Channel;
  onClose: () => void;
  onSaved?: (channel: CreatedChannel) => void;
}

/** Create a channel (pick a connector type, then its form) or edit one. */
export function ChannelDialog({ opened, channel, onClose, onSaved }: ChannelDialogProps) {
  const connectors = useGetConnectorTypesQuery(undefined, { skip: !opened });
  const [create, created] = useCreateChannelMutation();
  const [update, updated] = useUpdateChannelMutation();
  const [picked, setPicked] = useState<string | null>(null);
  const type = channel?.connector ?? picked;
  const specs = connectors.data?.items ?? [];
  const spec = specs.find((s) => s.type === type);

  const close = () => {
    setPicked(null);
    created.reset();
    updated.reset();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={channel ? `Edit ${channel.name}` : 'New channel'}
      size="lg"
    >
      <QueryStates
        query={connectors}
        loadingLabel="Loading connector types"
        ready={!!connectors.data}
      >
        <Stack gap="sm">
          {channel ? (
            <Text size="sm" c="dimmed">
              Type: {spec?.label ?? channel.connector}
            </Text>
          ) : (
            <Select
              label="Type"
              placeholder="Where should content go?"
              required
              data={specs.map((s) => ({ value: s.type, label: s.label }))}
              value={picked}
              onChange={setPicked}
              allowDeselect={false}
              data-autofocus
            />
          )}
          {spec && (
            <ChannelForm
              key={spec.type}
              spec={spec}
              channel={channel}
              saving={created.isLoading || updated.isLoading}
              onCancel={close}
              onSave={async (request) => {
                const saved = channel
                  ? await update({
                      id: channel.id,
                      version: channel.version,
                      body: request,
                    }).unwrap()
                  : await create(request).unwrap();
                notifySuccess(`Channel ${saved.name} ${channel ? 'saved' : 'created'}.`);
                close();
                onSaved?.(saved);
              }}
            />
          )}
          {channel && !spec && connectors.data && (
            <Text size="sm" c="red">
              This server no longer knows the connector type {channel.connector}.
            </Text>
          )}
        </Stack>
      </QueryStates>
    </Modal>
  );
}
