import { Anchor, Badge, Button, Group, Kbd, Stack, TextInput, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconHistory, IconShare } from '@tabler/icons-react';
import { Link } from 'react-router';

import type { ItemResponse } from '../../api/types';
import { AutosaveIndicator } from './autosave-indicator';
import type { AutosaveStatus } from './use-autosave';

interface EditorHeaderProps {
  item: ItemResponse;
  typeLabel: string;
  autosave: AutosaveStatus;
  note: string;
  onNote: (note: string) => void;
  canSave: boolean;
  saving: boolean;
  /** Why Save is off, when it is for a reason the person can fix. */
  saveHint: string | undefined;
  onSave: () => void;
  onHistory: () => void;
  onShare: () => void;
  workflow: React.ReactNode;
}

/** The bar above the editor: where you are, what state it is in, and what you can do. */
export function EditorHeader(props: EditorHeaderProps) {
  const { item, typeLabel, note, onNote, canSave, saving, saveHint } = props;
  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs">
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Anchor component={Link} to="/content" size="sm" aria-label="Back to content">
            <Group gap={4} wrap="nowrap">
              <IconArrowLeft size={16} aria-hidden />
              Content
            </Group>
          </Anchor>
          <Badge variant="light">{typeLabel}</Badge>
          <Badge variant="outline" data-testid="item-status">
            {item.status.replace('-', ' ')}
          </Badge>
          <AutosaveIndicator status={props.autosave} />
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            size="sm"
            leftSection={<IconHistory size={16} aria-hidden />}
            onClick={props.onHistory}
          >
            History
          </Button>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconShare size={16} aria-hidden />}
            onClick={props.onShare}
          >
            Share
          </Button>
        </Group>
      </Group>
      <Title order={1} size="h3" lineClamp={1}>
        {item.title || 'Untitled'}
      </Title>
      <Group justify="space-between" gap="xs" align="flex-end">
        {props.workflow}
        <Group
          gap="xs"
          align="flex-end"
          wrap="nowrap"
          style={{ flexGrow: 1, justifyContent: 'flex-end' }}
        >
          <TextInput
            aria-label="Change note"
            placeholder="Change note (optional)"
            size="sm"
            value={note}
            onChange={(e) => onNote(e.currentTarget.value)}
            style={{ flex: 1, maxWidth: 320 }}
          />
          <Tooltip
            label={
              saveHint ?? (
                <>
                  Save a version <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">S</Kbd>
                </>
              )
            }
          >
            <Button
              size="sm"
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              disabled={!canSave}
              loading={saving}
              onClick={props.onSave}
            >
              Save
            </Button>
          </Tooltip>
        </Group>
      </Group>
    </Stack>
  );
}
