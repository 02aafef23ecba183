import { Code, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import { formatDateTime } from '@/lib/format-date';

import type { SystemInfo } from '../api/system-api';
import { SystemStatusBadge } from './system-status-badge';

function Missing() {
  return (
    <Text span c="dimmed">
      not recorded
    </Text>
  );
}

function Instant({ value }: { value: string | null }) {
  if (!value) return <Missing />;
  return <time dateTime={value}>{formatDateTime(value)}</time>;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={200}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

export function SystemDetails({ info }: { info: SystemInfo }) {
  const { database } = info;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3">
          {info.name} {info.version}
        </Title>
        <SystemStatusBadge status={info.status} />
      </Group>
      <Table.ScrollContainer minWidth={400}>
        <Table
          variant="vertical"
          layout="fixed"
          withTableBorder={false}
          aria-label="Build and runtime details"
        >
          <Table.Tbody>
            <Row label="Version">{info.version}</Row>
            <Row label="Commit">{info.commit ? <Code>{info.commit}</Code> : <Missing />}</Row>
            <Row label="Built">
              <Instant value={info.buildTime} />
            </Row>
            <Row label="Started">
              <Instant value={info.startedAt} />
            </Row>
            <Row label="Database">
              {database.product} {database.version} ({database.kind})
            </Row>
            <Row label="Data directory">
              {info.dataDirectory ? <Code>{info.dataDirectory}</Code> : <Missing />}
            </Row>
            <Row label="Java">{info.javaVersion}</Row>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
