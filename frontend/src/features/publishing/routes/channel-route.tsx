import { Anchor, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { QueryStates } from '@/components/feedback/data-states';

import {
  useGetChannelQuery,
  useGetConnectorTypesQuery,
  useGetPublishingCallerQuery,
} from '../api/channels-api';
import { ChannelDialog } from '../components/channels/channel-dialog';
import { ChannelHeader } from '../components/channels/channel-header';
import { ChannelSettings } from '../components/channels/channel-settings';
import { DeliveryKeys } from '../components/channels/delivery-keys';
import { DeleteChannelDialog } from '../components/channels/delete-channel-dialog';
import { RotateSecretDialog } from '../components/channels/rotate-secret-dialog';
import { DeliveryLog } from '../components/log/delivery-log';

/** `/channels/:id`: one channel, its settings, its actions and (for managers) its delivery log. */
export function ChannelRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const channel = useGetChannelQuery(id);
  const connectors = useGetConnectorTypesQuery();
  const { data: me } = useGetPublishingCallerQuery();
  const [open, setOpen] = useState<'edit' | 'rotate' | 'delete' | null>(null);
  const canManage = me?.permissions.includes('channels:manage') ?? false;
  const data = channel.data;
  const spec = connectors.data?.items.find((s) => s.type === data?.connector);
  const close = () => setOpen(null);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/channels" size="sm" w="fit-content">
        <IconArrowLeft size={14} aria-hidden /> All channels
      </Anchor>
      <QueryStates query={channel} loadingLabel="Loading the channel" ready={!!data}>
        {data && (
          <>
            <ChannelHeader
              channel={data}
              spec={spec}
              canManage={canManage}
              onEdit={() => setOpen('edit')}
              onRotate={() => setOpen('rotate')}
              onDelete={() => setOpen('delete')}
            />
            <ChannelSettings channel={data} spec={spec} />
            {canManage && data.connector === 'delivery-api' && <DeliveryKeys channelId={data.id} />}
            {canManage && <DeliveryLog channelId={data.id} />}
            <ChannelDialog opened={open === 'edit'} channel={data} onClose={close} />
            {spec?.rotatable && (
              <RotateSecretDialog
                channel={data}
                spec={spec}
                opened={open === 'rotate'}
                onClose={close}
              />
            )}
            <DeleteChannelDialog
              channel={data}
              opened={open === 'delete'}
              onClose={close}
              onDeleted={() => void navigate('/channels', { replace: true })}
            />
          </>
        )}
      </QueryStates>
    </Stack>
  );
}
