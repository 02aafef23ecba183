import { Box } from '@mantine/core';

import type { CalendarEntry } from './calendar-api';
import { byDay, formatDay, monthGrid, weekDays, type DayKey } from './calendar-dates';
import classes from './calendar.module.css';
import { DayCell } from './day-cell';

export type CalendarView = 'month' | 'week';

interface ViewProps {
  view: CalendarView;
  anchor: DayKey;
  today: DayKey;
  zone: string;
  entries: CalendarEntry[];
  /** Narrow screens: the week becomes a list of days. */
  compact: boolean;
  onDrop: (entryKey: string, day: DayKey) => void;
  onReschedule: (entry: CalendarEntry) => void;
}

const LONG: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};

/** The days a view shows, as the API is asked for them: local dates, `to` exclusive. */
export function viewDays(view: CalendarView, anchor: DayKey): DayKey[] {
  return view === 'month' ? monthGrid(anchor) : weekDays(anchor);
}

/** The month grid (six Monday-first weeks) or the week, with each day's entries. */
export function CalendarViews({
  view,
  anchor,
  today,
  zone,
  entries,
  compact,
  ...moves
}: ViewProps) {
  const days = viewDays(view, anchor);
  const buckets = byDay(entries, zone);
  const month = anchor.slice(0, 7);
  const cell = (day: DayKey, heading: string) => (
    <DayCell
      key={day}
      day={day}
      label={formatDay(day, LONG)}
      heading={heading}
      entries={buckets.get(day) ?? []}
      zone={zone}
      today={day === today}
      outside={view === 'month' && !day.startsWith(month)}
      {...moves}
    />
  );

  if (view === 'week' && compact) {
    return (
      <div className={classes.dayList} data-testid="calendar-day-list">
        {days.map((day) =>
          cell(day, formatDay(day, { weekday: 'long', day: 'numeric', month: 'long' })),
        )}
      </div>
    );
  }
  // A week's seven tall columns scroll sideways on a narrow window rather than squeeze or overflow.
  return (
    <Box className={classes.scroller} data-testid="calendar-scroller">
      <Box miw={view === 'week' ? '42rem' : undefined}>
        <div className={classes.weekdays} aria-hidden>
          {days.slice(0, 7).map((day) => (
            <span key={day} className={classes.weekday}>
              {formatDay(day, { weekday: 'short' })}
            </span>
          ))}
        </div>
        <div
          className={view === 'month' ? classes.month : classes.week}
          data-testid={`calendar-${view}`}
        >
          {days.map((day) =>
            cell(
              day,
              view === 'month'
                ? String(Number(day.slice(8)))
                : formatDay(day, { day: 'numeric', month: 'short' }),
            ),
          )}
        </div>
      </Box>
    </Box>
  );
}
