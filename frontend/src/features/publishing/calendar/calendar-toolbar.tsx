import { ActionIcon, Button, Group, SegmentedControl, Select, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';

import { addDays, formatDay, type DayKey } from './calendar-dates';
import type { CalendarView } from './calendar-views';

interface ToolbarProps {
  view: CalendarView;
  anchor: DayKey;
  days: DayKey[];
  channel: string | null;
  channels: string[];
  zone: string;
  onView: (view: CalendarView) => void;
  onStep: (direction: -1 | 0 | 1) => void;
  onChannel: (channel: string | null) => void;
}

/** The page's title and period, the view switch, prev / today / next and the channel filter. */
export function CalendarToolbar(props: ToolbarProps) {
  const { view, anchor, days, channel, channels, zone, onView, onStep, onChannel } = props;
  const period =
    view === 'month'
      ? formatDay(anchor, { month: 'long', year: 'numeric' })
      : `${formatDay(days[0] ?? anchor, { day: 'numeric', month: 'short' })} – ${formatDay(
          days.at(-1) ?? addDays(anchor, 6),
          { day: 'numeric', month: 'short', year: 'numeric' },
        )}`;
  const choices = channel && !channels.includes(channel) ? [channel, ...channels] : channels;

  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <div>
        <Title order={1}>Calendar</Title>
        <Text c="dimmed" size="sm" aria-live="polite" data-testid="calendar-period">
          {period} · {zone}
        </Text>
      </div>
      <Group gap="xs" wrap="wrap">
        <SegmentedControl
          size="xs"
          aria-label="View"
          value={view}
          onChange={(value) => onView(value === 'week' ? 'week' : 'month')}
          data={[
            { value: 'month', label: 'Month' },
            { value: 'week', label: 'Week' },
          ]}
        />
        <Group gap={4}>
          <ActionIcon variant="default" aria-label={`Previous ${view}`} onClick={() => onStep(-1)}>
            <IconChevronLeft size={16} aria-hidden />
          </ActionIcon>
          <Button size="xs" variant="default" onClick={() => onStep(0)}>
            Today
          </Button>
          <ActionIcon variant="default" aria-label={`Next ${view}`} onClick={() => onStep(1)}>
            <IconChevronRight size={16} aria-hidden />
          </ActionIcon>
        </Group>
        <Select
          size="xs"
          aria-label="Channel"
          placeholder="All channels"
          clearable
          data={choices}
          value={channel}
          onChange={onChannel}
          w={160}
        />
      </Group>
    </Group>
  );
}
