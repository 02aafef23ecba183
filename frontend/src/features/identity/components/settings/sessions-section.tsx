import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';

import { formatDateTime } from '@/lib/format-date';
import { formatIp } from '@/lib/format-ip';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import {
  useGetSessionsQuery,
  useRevokeOtherSessionsMutation,
  useRevokeSessionMutation,
} from '../../api/me-api';
import type { Session } from '../../api/types';
import { ListEmpty, ListError, ListLoading } from '../list-states';

function describeAgent(userAgent: string | null): string {
  if (!userAgent) return 'Unknown device';
  const browser = /(Firefox|Edg|Chrome|Safari)\/[\d.]+/.exec(userAgent)?.[1];
  const os = /(Windows|Mac OS X|Android|iPhone|iPad|Linux)/.exec(userAgent)?.[1];
  const names: Record<string, string> = { Edg: 'Edge', 'Mac OS X': 'macOS' };
  if (!browser && !os) return userAgent;
  return [browser && (names[browser] ?? browser), os && (names[os] ?? os)]
    .filter(Boolean)
    .join(' on ');
}

function Instant({ value }: { value: string | null }) {
  if (!value)
    return (
      <Text span c="dimmed">
        –
      </Text>
    );
  return <time dateTime={value}>{formatDateTime(value)}</time>;
}

function SessionRow({ session }: { session: Session }) {
  const [revoke, { isLoading }] = useRevokeSessionMutation();
  const device = describeAgent(session.userAgent);
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="xs">
          <Text size="sm" title={session.userAgent ?? undefined}>
            {device}
          </Text>
          {session.current && (
            <Badge size="sm" color="green" variant="light">
              This device
            </Badge>
          )}
        </Group>
        {/* On a narrow screen the address and last use fold into this cell. */}
        <Text size="xs" c="dimmed" hiddenFrom="sm">
          {session.ip ? formatIp(session.ip) : '–'} · last used{' '}
          <Instant value={session.lastUsedAt} />
        </Text>
      </Table.Td>
      <Table.Td visibleFrom="sm" title={session.ip ?? undefined}>
        {session.ip ? formatIp(session.ip) : '–'}
      </Table.Td>
      <Table.Td visibleFrom="md">
        <Instant value={session.createdAt} />
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Instant value={session.lastUsedAt} />
      </Table.Td>
      <Table.Td>
        {!session.current && (
          <Button
            size="xs"
            variant="light"
            color="red"
            loading={isLoading}
            aria-label={`Revoke session ${device}${session.ip ? ` from ${session.ip}` : ''}`}
            onClick={() => {
              revoke(session.id)
                .unwrap()
                .then(() => {
                  notifySuccess('That session is signed out.');
                })
                .catch((e: unknown) => {
                  notifyFailure(e);
                });
            }}
          >
            Revoke
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function SessionsSection() {
  const { data, error, isLoading, isFetching, refetch } = useGetSessionsQuery();
  const [revokeOthers, others] = useRevokeOtherSessionsMutation();
  const sessions = data?.items ?? [];
  const hasOthers = sessions.some((s) => !s.current);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Where you are signed in. Times are in your local time zone.
        </Text>
        <Button
          variant="light"
          color="red"
          disabled={!hasOthers}
          loading={others.isLoading}
          onClick={() => {
            revokeOthers()
              .unwrap()
              .then(({ revoked }) => {
                notifySuccess(`Signed out of ${revoked} other session${revoked === 1 ? '' : 's'}.`);
              })
              .catch((e: unknown) => {
                notifyFailure(e);
              });
          }}
        >
          Sign out everywhere else
        </Button>
      </Group>
      {isLoading ? (
        <ListLoading label="Loading sessions" />
      ) : error ? (
        <ListError error={error} onRetry={() => void refetch()} retrying={isFetching} />
      ) : sessions.length === 0 ? (
        <ListEmpty>No active sessions.</ListEmpty>
      ) : (
        <Table.ScrollContainer minWidth={300}>
          <Table aria-label="Sessions" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Device</Table.Th>
                <Table.Th visibleFrom="sm">IP address</Table.Th>
                <Table.Th visibleFrom="md">Signed in</Table.Th>
                <Table.Th visibleFrom="sm">Last used</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((session) => (
                <SessionRow key={session.id} session={session} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
