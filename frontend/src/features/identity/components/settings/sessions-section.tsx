import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data/data-table';
import { QueryStates } from '@/components/feedback/data-states';
import { formatDateTime } from '@/lib/format-date';
import { formatIp } from '@/lib/format-ip';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import {
  useGetSessionsQuery,
  useRevokeOtherSessionsMutation,
  useRevokeSessionMutation,
} from '../../api/me-api';
import type { Session } from '../../api/types';
import { RevokeButton } from './revoke-button';

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
          <RevokeButton
            label={`Revoke session ${device}${session.ip ? ` from ${session.ip}` : ''}`}
            loading={isLoading}
            revoke={() => revoke(session.id).unwrap()}
            success="That session is signed out."
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function SessionsSection() {
  const query = useGetSessionsQuery();
  const [revokeOthers, others] = useRevokeOtherSessionsMutation();
  const sessions = query.data?.items ?? [];
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
      <QueryStates
        query={query}
        loadingLabel="Loading sessions"
        empty={sessions.length === 0 && 'No active sessions.'}
      >
        <DataTable
          label="Sessions"
          minWidth={300}
          striped
          columns={['Device', ['IP address', 'sm'], ['Signed in', 'md'], ['Last used', 'sm']]}
          actions
        >
          {sessions.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </DataTable>
      </QueryStates>
    </Stack>
  );
}
