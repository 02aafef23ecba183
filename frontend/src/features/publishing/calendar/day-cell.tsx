import { Text } from '@mantine/core';
import { useState, type DragEvent } from 'react';

import type { CalendarEntry } from './calendar-api';
import type { DayKey } from './calendar-dates';
import classes from './calendar.module.css';
import { DRAG_TYPE, EntryChip, entryKey } from './entry-chip';

interface DayCellProps {
  day: DayKey;
  /** "Monday 28 October 2030": the cell's name for screen readers, and its heading in a list. */
  label: string;
  /** What the cell shows as its number (the day of the month, or the weekday and date). */
  heading: string;
  entries: CalendarEntry[];
  zone: string;
  today: boolean;
  outside?: boolean;
  onDrop: (entryKey: string, day: DayKey) => void;
  onReschedule: (entry: CalendarEntry) => void;
}

/** A day of the grid: a drop target for scheduled items, with its entries in time order. */
export function DayCell(props: DayCellProps) {
  const { day, label, heading, entries, zone, today, outside, onDrop, onReschedule } = props;
  const [over, setOver] = useState(false);
  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(DRAG_TYPE);

  return (
    <section
      className={classes.day}
      aria-label={label}
      data-testid={`day-${day}`}
      data-today={today ? true : undefined}
      data-outside={outside ? true : undefined}
      data-over={over ? true : undefined}
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const key = event.dataTransfer.getData(DRAG_TYPE);
        if (!key) return;
        event.preventDefault();
        onDrop(key, day);
      }}
    >
      <Text
        component="span"
        className={classes.dayNumber}
        aria-current={today ? 'date' : undefined}
      >
        {heading}
      </Text>
      {entries.map((entry) => (
        <EntryChip key={entryKey(entry)} entry={entry} zone={zone} onReschedule={onReschedule} />
      ))}
    </section>
  );
}
