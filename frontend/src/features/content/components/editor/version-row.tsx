import { ActionIcon, Badge, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPin, IconPinFilled } from '@tabler/icons-react';

import { formatDateTime } from '@/lib/format-date';

import type { VersionSummary } from '../../api/types';

interface VersionRowProps {
  version: VersionSummary;
  latest: boolean;
  picked: boolean;
  onPick: (picked: boolean) => void;
  onPin: () => void;
  onRestore: () => void;
}

/** One version in the history: pick it for a diff, pin it against pruning, restore it. */
export function VersionRow({ version, latest, picked, onPick, onPin, onRestore }: VersionRowProps) {
  const name = `version ${version.number}`;
  return (
    <Paper withBorder p="xs" role="listitem" aria-label={`Version ${version.number}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Checkbox
            aria-label={`Compare ${name}`}
            checked={picked}
            onChange={(e) => onPick(e.currentTarget.checked)}
            mt={2}
          />
          <Stack gap={2}>
            <Group gap={6}>
              <Text size="sm" fw={600}>
                Version {version.number}
              </Text>
              <Badge size="xs" variant="light">
                {version.source}
              </Badge>
              {latest && (
                <Badge size="xs" color="green" variant="light">
                  current
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {formatDateTime(version.createdAt)}
              {` · ${version.author.displayName}`}
            </Text>
            {version.note && <Text size="sm">{version.note}</Text>}
          </Stack>
        </Group>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant={version.pinned ? 'light' : 'subtle'}
            aria-label={version.pinned ? `Unpin ${name}` : `Pin ${name}`}
            aria-pressed={version.pinned}
            onClick={onPin}
          >
            {version.pinned ? (
              <IconPinFilled size={16} aria-hidden />
            ) : (
              <IconPin size={16} aria-hidden />
            )}
          </ActionIcon>
          {!latest && (
            <Button
              size="compact-xs"
              variant="default"
              onClick={onRestore}
              aria-label={`Restore ${name}`}
            >
              Restore
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
