import { Code, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { formatDateTime } from '@/lib/format-date';
import { formatIp } from '@/lib/format-ip';

import type { AuditEvent } from '../../api/types';

/** Who did it: their name, else their id, else what kind of actor it was (system, token). */
export function actorLabel(event: AuditEvent): string {
  return event.actorName ?? event.actorEmail ?? event.actorId ?? event.actorType;
}

/** What it was done to: a person by name, anything else by type and id. */
export function targetLabel(event: AuditEvent): string {
  const person = event.targetName ?? event.targetEmail;
  if (person) return person;
  if (!event.targetType) return '–';
  return event.targetId ? `${event.targetType} ${event.targetId}` : event.targetType;
}

export function ipLabel(ip: string | null): string {
  return ip ? formatIp(ip) : '–';
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ wordBreak: 'break-word' }}>
        {children ?? '–'}
      </Text>
    </div>
  );
}

/** A name with the e-mail under it, and the kind and id for the record. */
function Party({
  name,
  email,
  kind,
  id,
}: {
  name: string | null;
  email: string | null;
  kind: string | null;
  id: string | null;
}) {
  if (!name && !email && !kind && !id) return '–';
  return (
    <>
      {(name ?? email) && (
        <Text span size="sm" fw={500} display="block">
          {name ?? email}
        </Text>
      )}
      {name && email && (
        <Text span size="sm" display="block">
          {email}
        </Text>
      )}
      {(kind ?? id) && (
        <Text span size="xs" c="dimmed" display="block">
          {[kind, id].filter(Boolean).join(' · ')}
        </Text>
      )}
    </>
  );
}

function SummaryValue({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <Text span>–</Text>;
  if (typeof value === 'object') {
    return (
      <Code block style={{ whiteSpace: 'pre-wrap' }}>
        {JSON.stringify(value, null, 2)}
      </Code>
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects are handled above
  return <Text span>{String(value)}</Text>;
}

/** The summary object as a key/value list; anything that is not an object as JSON. */
function Summary({ summary }: { summary: unknown }) {
  if (summary === null || summary === undefined) return '–';
  if (typeof summary !== 'object' || Array.isArray(summary)) {
    return <SummaryValue value={summary} />;
  }
  const entries = Object.entries(summary as Record<string, unknown>);
  if (entries.length === 0) return '–';
  return (
    <Stack component="dl" gap={4} m={0} data-testid="audit-summary">
      {entries.map(([key, value]) => (
        <div key={key}>
          <Text component="dt" size="xs" ff="monospace" c="dimmed">
            {key}
          </Text>
          <Text component="dd" size="sm" m={0}>
            <SummaryValue value={value} />
          </Text>
        </div>
      ))}
    </Stack>
  );
}

export function AuditEventDetails({ event }: { event: AuditEvent }) {
  return (
    <Stack component="dl" gap="sm" m={0}>
      <Detail label="Time">
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
      </Detail>
      <Detail label="Action">
        <Code>{event.action}</Code>
      </Detail>
      <Detail label="Actor">
        <Party
          name={event.actorName}
          email={event.actorEmail}
          kind={event.actorType}
          id={event.actorId}
        />
      </Detail>
      <Detail label="Target">
        <Party
          name={event.targetName}
          email={event.targetEmail}
          kind={event.targetType}
          id={event.targetId}
        />
      </Detail>
      <Detail label="Summary">
        <Summary summary={event.summary} />
      </Detail>
      <Detail label="IP address">
        {event.ip && <span title={event.ip}>{formatIp(event.ip)}</span>}
      </Detail>
      <Detail label="User agent">{event.userAgent}</Detail>
      <Detail label="Request id">{event.requestId && <Code>{event.requestId}</Code>}</Detail>
      <Detail label="Event id">
        <Code>{event.id}</Code>
      </Detail>
    </Stack>
  );
}
