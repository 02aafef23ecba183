import { Alert, Anchor, List, Modal, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { ConfirmActions } from '@/components/feedback/confirm-dialog';
import { ProblemAlert } from '@/components/feedback/problem-alert';
import { notifySuccess } from '@/lib/notify';
import { toProblemDetails } from '@/lib/problem-details';

import { useDeleteChannelMutation } from '../../api/channels-api';
import type { Channel, ChannelInUse } from '../../api/types';

/** The items and publications a 409 `channel-in-use` names, or null for any other error. */
function inUseOf(error: unknown): (ChannelInUse & { detail?: string }) | null {
  if (!error || typeof error !== 'object' || !('data' in error)) return null;
  const problem = toProblemDetails(error as Parameters<typeof toProblemDetails>[0]);
  if (!problem.type.endsWith('/problems/channel-in-use')) return null;
  const data = error.data as Partial<ChannelInUse>;
  return {
    items: Array.isArray(data.items) ? data.items : [],
    publications: typeof data.publications === 'number' ? data.publications : 0,
    detail: problem.detail,
  };
}

interface DeleteChannelDialogProps {
  channel: Channel;
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
}

/** Asks before deleting; when items still use the channel, says which. */
export function DeleteChannelDialog({
  channel,
  opened,
  onClose,
  onDeleted,
}: DeleteChannelDialogProps) {
  const [remove, state] = useDeleteChannelMutation();
  const inUse = inUseOf(state.error);
  const close = () => {
    state.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={`Delete ${channel.name}?`}>
      <Stack gap="sm">
        {inUse ? (
          <Alert color="red" variant="light" title="The channel is in use" role="alert">
            <Stack gap="xs">
              {inUse.detail && <Text size="sm">{inUse.detail}</Text>}
              {inUse.items.length > 0 && (
                <List size="sm" aria-label="Items that target the channel">
                  {inUse.items.map((item) => (
                    <List.Item key={item.id}>
                      <Anchor component={Link} to={`/content/${encodeURIComponent(item.id)}`}>
                        {item.title || 'Untitled'}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              )}
              {inUse.publications > 0 && (
                <Text size="sm">
                  {inUse.publications === 1
                    ? '1 publication went to it.'
                    : `${inUse.publications} publications went to it.`}
                </Text>
              )}
            </Stack>
          </Alert>
        ) : (
          state.error !== undefined && <ProblemAlert error={state.error} />
        )}
        <ConfirmActions
          confirmLabel="Delete channel"
          loading={state.isLoading}
          onCancel={close}
          onConfirm={() => {
            remove(channel.id)
              .unwrap()
              .then(() => {
                notifySuccess(`Channel ${channel.name} deleted.`);
                onDeleted();
              })
              .catch(() => {
                // Shown above, in the dialog.
              });
          }}
        >
          The channel goes away for good, with its settings and secrets. TRAE refuses while items
          target it or were published to it.
        </ConfirmActions>
      </Stack>
    </Modal>
  );
}
