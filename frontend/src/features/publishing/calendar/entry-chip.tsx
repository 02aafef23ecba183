import { ActionIcon, Badge, Group, Menu, Text, VisuallyHidden } from '@mantine/core';
import { IconCalendarTime, IconDots, IconExternalLink } from '@tabler/icons-react';
import type { DragEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import type { CalendarEntry } from './calendar-api';
import { timeOfDay } from './calendar-dates';
import classes from './calendar.module.css';
import { statusColor, statusLabel } from './entry-status';

/** What a drag carries: which entry (an item may show once scheduled and once published). */
export const DRAG_TYPE = 'application/x-trae-calendar-entry';

export const entryKey = (entry: CalendarEntry) => `${entry.kind}:${entry.id}`;

interface EntryChipProps {
  entry: CalendarEntry;
  zone: string;
  onReschedule: (entry: CalendarEntry) => void;
}

/**
 * One item on a day: its time, title (a link to the editor), status and channels. A scheduled
 * item the caller may move can be dragged to another day, or moved from its menu (the keyboard
 * way); a published one stays where it went out.
 */
export function EntryChip({ entry, zone, onReschedule }: EntryChipProps) {
  const navigate = useNavigate();
  const color = statusColor(entry.status);
  const movable = entry.kind === 'scheduled' && entry.reschedulable;
  const time = timeOfDay(entry.at, zone);
  const start = (event: DragEvent<HTMLDivElement>) => {
    event.dataTransfer.setData(DRAG_TYPE, entryKey(entry));
    event.dataTransfer.effectAllowed = 'move';
  };

  return (
    <div
      className={classes.chip}
      style={{
        ['--chip-color' as string]: `var(--mantine-color-${color}-filled)`,
        ['--chip-background' as string]: `var(--mantine-color-${color}-light)`,
      }}
      draggable={movable}
      onDragStart={movable ? start : undefined}
      data-testid={`entry-${entryKey(entry)}`}
    >
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Text
          component={Link}
          to={`/content/${entry.id}`}
          className={classes.chipTitle}
          size="xs"
          draggable={false}
        >
          <time dateTime={entry.at}>{time}</time> {entry.title}
        </Text>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              size="xs"
              variant="subtle"
              color="gray"
              aria-label={`${entry.title}: actions`}
            >
              <IconDots size={12} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconExternalLink size={14} aria-hidden />}
              onClick={() => void navigate(`/content/${entry.id}`)}
            >
              Open in editor
            </Menu.Item>
            {movable && (
              <Menu.Item
                leftSection={<IconCalendarTime size={14} aria-hidden />}
                onClick={() => onReschedule(entry)}
              >
                Reschedule…
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap={2} wrap="wrap">
        <Badge size="xs" variant="light" color={color}>
          {statusLabel(entry.status)}
          <VisuallyHidden>
            {entry.kind === 'published' ? ', went out' : ', goes out'}
          </VisuallyHidden>
        </Badge>
        {entry.channels.map((channel) => (
          <Badge key={channel} size="xs" variant="outline" color="gray">
            {channel}
          </Badge>
        ))}
      </Group>
    </div>
  );
}
