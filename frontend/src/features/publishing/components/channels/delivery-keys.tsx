import {
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useId, useState } from 'react';

import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { QueryStates } from '@/components/feedback/data-states';
import { ProblemAlert } from '@/components/feedback/problem-alert';
import { ShownOnceValue } from '@/components/secret/shown-once-value';
import { formatDateTime } from '@/lib/format-date';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import {
  useCreateDeliveryKeyMutation,
  useGetDeliveryKeysQuery,
  useRevokeDeliveryKeyMutation,
} from '../../api/delivery-keys-api';
import type { DeliveryKey } from '../../api/types';

function When({ iso }: { iso?: string | null }) {
  return iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : <>Never</>;
}

/** Names and makes a key; the made key is shown this once, with a copy button. */
function CreateKey({ channelId }: { channelId: string }) {
  const [name, setName] = useState('');
  const [create, created] = useCreateDeliveryKeyMutation();
  const made = created.data;
  return (
    <Stack gap="xs">
      {made && (
        <ShownOnceValue
          title="Copy the key now: you will not see it again"
          fields={[{ label: `Delivery key ${made.name}`, value: made.key }]}
          onDismiss={() => created.reset()}
        >
          TRAE keeps only a hash of it. Lost keys cannot be shown: revoke and make a new one.
        </ShownOnceValue>
      )}
      {created.error !== undefined && <ProblemAlert error={created.error} />}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          create({ channelId, name: name.trim() })
            .unwrap()
            .then(() => setName(''))
            .catch(() => {
              // Shown above the form.
            });
        }}
      >
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label="New key's name"
            description="Who uses it, e.g. the marketing site"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.currentTarget.value)}
            style={{ flex: '1 1 12rem' }}
          />
          <Button
            type="submit"
            leftSection={<IconKey size={16} aria-hidden />}
            loading={created.isLoading}
            disabled={!name.trim()}
          >
            Make key
          </Button>
        </Group>
      </form>
    </Stack>
  );
}

function KeysTable({
  keys,
  onRevoke,
}: {
  keys: DeliveryKey[];
  onRevoke: (k: DeliveryKey) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Key</Table.Th>
            <Table.Th>Made</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((k) => (
            <Table.Tr key={k.id}>
              <Table.Td>{k.name}</Table.Td>
              <Table.Td>
                <code>{k.prefix}…</code>
              </Table.Td>
              <Table.Td>
                <When iso={k.createdAt} />
              </Table.Td>
              <Table.Td>
                <When iso={k.lastUsedAt} />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  aria-label={`Revoke ${k.name}`}
                  onClick={() => onRevoke(k)}
                >
                  Revoke
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A delivery-api channel's keys: list, make (shown once) and revoke. For channel managers. */
export function DeliveryKeys({ channelId }: { channelId: string }) {
  const titleId = useId();
  const keys = useGetDeliveryKeysQuery(channelId);
  const [revoke, revoking] = useRevokeDeliveryKeyMutation();
  const [asked, setAsked] = useState<DeliveryKey | null>(null);
  const list = keys.data?.items ?? [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          Delivery keys
        </Title>
        <Text size="sm" c="dimmed">
          Sites and apps read this channel&apos;s items through the delivery API with one of these
          keys.
        </Text>
        <CreateKey channelId={channelId} />
        <QueryStates
          query={keys}
          loadingLabel="Loading delivery keys"
          ready={!!keys.data}
          empty={list.length === 0 && 'No delivery keys yet: nobody can read this channel.'}
        >
          <KeysTable keys={list} onRevoke={setAsked} />
        </QueryStates>
      </Stack>
      <ConfirmDialog
        opened={asked !== null}
        title={`Revoke ${asked?.name ?? 'the key'}?`}
        confirmLabel="Revoke key"
        loading={revoking.isLoading}
        onCancel={() => setAsked(null)}
        onConfirm={() => {
          if (!asked) return;
          revoke({ channelId, keyId: asked.id })
            .unwrap()
            .then(() => notifySuccess(`Key ${asked.name} revoked.`))
            .catch((e: unknown) => notifyFailure(e, 'The key could not be revoked'))
            .finally(() => setAsked(null));
        }}
      >
        Whoever uses it can no longer read this channel, within 30 seconds on every server.
      </ConfirmDialog>
    </Paper>
  );
}
