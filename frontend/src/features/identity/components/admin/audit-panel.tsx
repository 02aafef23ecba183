import { Alert, Button, Code, Drawer, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';

import { fetchWithSession } from '@/lib/api/base-api';
import { downloadBlob } from '@/lib/download';
import { formatDateTime } from '@/lib/format-date';
import { parseProblemDetails } from '@/lib/problem-details';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import {
  queryParams,
  useGetAuditEventsInfiniteQuery,
  useVerifyAuditChainMutation,
} from '../../api/admin-api';
import type { AuditEvent, AuditFilter } from '../../api/types';
import { ListEmpty, ListError, ListLoading } from '../list-states';
import { ProblemAlert } from '../problem-alert';
import { ActorPicker } from './actor-picker';
import { actorLabel, AuditEventDetails, ipLabel, targetLabel } from './audit-event-details';

/** A local calendar day (yyyy-mm-dd) as the UTC instant it starts or ends at. */
function dayBoundary(day: string, end: boolean): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function ExportButton({ format, filter }: { format: 'ndjson' | 'csv'; filter: AuditFilter }) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const query = new URLSearchParams(
        queryParams({ ...filter, format }) as Record<string, string>,
      );
      const response = await fetchWithSession(`/audit-events/export?${query.toString()}`);
      if (!response.ok) {
        let body: unknown = null;
        try {
          body = await response.json();
        } catch {
          // not a problem body
        }
        notifyFailure({
          status: response.status,
          data: parseProblemDetails(body) ?? { status: response.status },
        });
        return;
      }
      const stamp = new Date().toISOString().slice(0, 10);
      downloadBlob(await response.blob(), `trae-audit-${stamp}.${format}`);
      notifySuccess(`Audit log exported as ${format.toUpperCase()}.`);
    } catch (e) {
      notifyFailure({ status: 'FETCH_ERROR', error: String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={busy}
      onClick={() => void download()}
    >
      Export {format.toUpperCase()}
    </Button>
  );
}

/**
 * The audit log. `canSearchUsers` (users:manage) lets the actor filter search people by name;
 * without it the filter takes a user id.
 */
export function AuditPanel({ canSearchUsers }: { canSearchUsers: boolean }) {
  const [filterForm, setFilterForm] = useState(0);
  const [filter, setFilter] = useState<AuditFilter>({});
  const [selected, setSelected] = useState<AuditEvent | null>(null);
  const [verify, verification] = useVerifyAuditChainMutation();
  const {
    data,
    error,
    isLoading,
    isFetching,
    isFetchingNextPage,
    hasNextPage,
    fetchNextPage,
    refetch,
  } = useGetAuditEventsInfiniteQuery(filter);
  const form = useForm({ initialValues: { action: '', actorId: '', from: '', to: '' } });
  const events = data?.pages.flatMap((p) => p.items) ?? [];

  const apply = form.onSubmit((v) => {
    setFilter(
      Object.fromEntries(
        Object.entries({
          action: v.action.trim(),
          actorId: v.actorId.trim(),
          from: dayBoundary(v.from, false),
          to: dayBoundary(v.to, true),
        }).filter(([, value]) => value),
      ),
    );
  });

  return (
    <Stack gap="md">
      <form onSubmit={apply} aria-label="Audit log filters">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Action"
            placeholder="e.g. user.login"
            {...form.getInputProps('action')}
          />
          {canSearchUsers ? (
            <ActorPicker
              key={filterForm}
              value={form.values.actorId}
              onChange={(id) => {
                form.setFieldValue('actorId', id);
              }}
            />
          ) : (
            <TextInput label="Actor id" {...form.getInputProps('actorId')} />
          )}
          <TextInput label="From" type="date" {...form.getInputProps('from')} />
          <TextInput label="To" type="date" {...form.getInputProps('to')} />
          <Button type="submit" variant="light">
            Apply filters
          </Button>
          <Button
            variant="subtle"
            onClick={() => {
              form.reset();
              setFilterForm((n) => n + 1);
              setFilter({});
            }}
          >
            Clear
          </Button>
        </Group>
      </form>

      <Group justify="space-between">
        <Group gap="sm">
          <Button
            leftSection={<IconShieldCheck size={16} aria-hidden />}
            loading={verification.isLoading}
            onClick={() => {
              verify()
                .unwrap()
                .catch((e: unknown) => {
                  notifyFailure(e);
                });
            }}
          >
            Verify chain
          </Button>
        </Group>
        <Group gap="sm">
          <ExportButton format="ndjson" filter={filter} />
          <ExportButton format="csv" filter={filter} />
        </Group>
      </Group>

      {verification.data && (
        <Alert
          color={verification.data.valid ? 'green' : 'red'}
          variant="light"
          role="status"
          data-testid="chain-verification"
          title={
            verification.data.valid ? 'The audit chain is intact' : 'The audit chain is broken'
          }
        >
          Checked {verification.data.checked} events.
          {!verification.data.valid && verification.data.firstBrokenId && (
            <>
              {' '}
              First broken event: <Code>{verification.data.firstBrokenId}</Code>.
            </>
          )}
        </Alert>
      )}
      {verification.error && <ProblemAlert error={verification.error} />}

      {isLoading ? (
        <ListLoading label="Loading audit events" rows={6} />
      ) : error ? (
        <ListError error={error} onRetry={() => void refetch()} retrying={isFetching} />
      ) : events.length === 0 ? (
        <ListEmpty>No audit events match.</ListEmpty>
      ) : (
        <>
          <Table.ScrollContainer minWidth={320}>
            <Table aria-label="Audit events" striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th visibleFrom="sm">Time</Table.Th>
                  <Table.Th>Actor</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th visibleFrom="sm">Target</Table.Th>
                  <Table.Th visibleFrom="md">IP address</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.map((event) => (
                  <Table.Tr
                    key={event.id}
                    onClick={() => {
                      setSelected(event);
                    }}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        setSelected(event);
                      }
                    }}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    aria-label={`${event.action} by ${actorLabel(event)}, show details`}
                  >
                    <Table.Td visibleFrom="sm">
                      <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{actorLabel(event)}</Text>
                      {/* On a narrow screen the time folds in here. */}
                      <Text size="xs" c="dimmed" hiddenFrom="sm">
                        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                      </Text>
                      {event.actorName && event.actorEmail && (
                        <Text size="xs" c="dimmed" visibleFrom="sm">
                          {event.actorEmail}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Code style={{ wordBreak: 'break-all' }}>{event.action}</Code>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="sm">{targetLabel(event)}</Text>
                      {event.targetName && event.targetEmail && (
                        <Text size="xs" c="dimmed">
                          {event.targetEmail}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td visibleFrom="md" title={event.ip ?? undefined}>
                      {ipLabel(event.ip)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {hasNextPage && (
            <Button
              variant="default"
              loading={isFetchingNextPage}
              onClick={() => void fetchNextPage()}
              w="fit-content"
            >
              Load more
            </Button>
          )}
        </>
      )}
      <Drawer
        opened={selected !== null}
        onClose={() => {
          setSelected(null);
        }}
        position="right"
        title="Audit event"
      >
        {selected && <AuditEventDetails event={selected} />}
      </Drawer>
    </Stack>
  );
}
