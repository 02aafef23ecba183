import { ActionIcon, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';

import { formatBytes } from '../../api/media-files';
import type { UploadEntry } from './upload-queue';

const STATUS_TEXT = {
  queued: 'Waiting…',
  uploading: '',
  done: 'Uploaded',
  failed: 'Failed',
  cancelled: 'Cancelled',
} as const;

function percent(entry: UploadEntry) {
  return entry.total > 0 ? Math.round((entry.loaded / entry.total) * 100) : 0;
}

function UploadRow({ entry, onCancel }: { entry: UploadEntry; onCancel: () => void }) {
  const { file, status } = entry;
  const active = status === 'queued' || status === 'uploading';
  const value = status === 'done' ? 100 : percent(entry);
  return (
    <Stack gap={4} data-testid="upload-row" aria-label={`Upload of ${file.name}`} role="group">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" truncate="end" style={{ minWidth: 0 }}>
          {file.name}{' '}
          <Text span size="xs" c="dimmed">
            {formatBytes(file.size)}
          </Text>
        </Text>
        <Group gap={4} wrap="nowrap">
          <Text size="xs" c={status === 'failed' ? 'red' : 'dimmed'} aria-live="polite">
            {status === 'uploading' ? `${value}%` : STATUS_TEXT[status]}
            {entry.duplicate && ' (already in the library)'}
          </Text>
          {status === 'done' && (
            <IconCheck size={16} color="var(--mantine-color-green-6)" aria-hidden />
          )}
          {active && (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={`Cancel upload of ${file.name}`}
              onClick={onCancel}
            >
              <IconX size={14} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      </Group>
      {status !== 'failed' && status !== 'cancelled' && (
        <Progress
          value={value}
          size="sm"
          color={status === 'done' ? 'green' : undefined}
          animated={status === 'uploading'}
          aria-label={`Progress of ${file.name}`}
        />
      )}
      {entry.problem && (
        <Text size="xs" c="red" role="alert">
          <strong>{entry.problem.title}.</strong> {entry.problem.detail}
        </Text>
      )}
    </Stack>
  );
}

/** Every file dropped in this session, each with its progress, outcome and cancel. */
export function UploadList({
  entries,
  onCancel,
  onClear,
}: {
  entries: readonly UploadEntry[];
  onCancel: (key: string) => void;
  onClear: () => void;
}) {
  if (entries.length === 0) return null;
  const finished = entries.some((e) => e.status !== 'queued' && e.status !== 'uploading');
  return (
    <Paper withBorder p="sm" aria-label="Uploads" role="region">
      <Stack gap="sm">
        {entries.map((entry) => (
          <UploadRow key={entry.key} entry={entry} onCancel={() => onCancel(entry.key)} />
        ))}
        {finished && (
          <Group justify="flex-end">
            <Button size="xs" variant="subtle" onClick={onClear}>
              Clear finished
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
