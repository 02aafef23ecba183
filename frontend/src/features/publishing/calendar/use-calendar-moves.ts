import { useState } from 'react';

import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useRescheduleMutation, type CalendarArgs, type CalendarEntry } from './calendar-api';
import {
  formatDay,
  isoWithOffset,
  moveToDay,
  timeOfDay,
  dayOf,
  type DayKey,
} from './calendar-dates';
import { entryKey } from './entry-chip';

/**
 * Moving scheduled items: a drop on another day keeps the local time of day, the dialog takes a
 * new local date and time. Either sends `schedule` with the instant and its offset in the user's
 * zone; a refusal shows the server's problem and the chip goes back where it was.
 */
export function useCalendarMoves(entries: CalendarEntry[], page: CalendarArgs) {
  const [reschedule] = useRescheduleMutation();
  const [editing, setEditing] = useState<CalendarEntry | null>(null);
  const zone = page.tz;

  const moveTo = async (entry: CalendarEntry, instant: Date) => {
    setEditing(null);
    const result = await reschedule({ entry, at: isoWithOffset(instant, zone), page });
    if (result.error) {
      notifyFailure(result.error, `Could not reschedule “${entry.title}”`);
    } else {
      const day = formatDay(dayOf(instant, zone), {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
      });
      notifySuccess(
        `“${entry.title}” now goes out ${day} at ${timeOfDay(instant, zone)}.`,
        'Rescheduled',
      );
    }
  };

  const drop = (key: string, day: DayKey) => {
    const entry = entries.find((e) => entryKey(e) === key);
    if (!entry?.reschedulable || dayOf(entry.at, zone) === day) return;
    void moveTo(entry, moveToDay(entry.at, day, zone));
  };

  return {
    drop,
    editing,
    edit: setEditing,
    close: () => setEditing(null),
    submit: (entry: CalendarEntry, at: Date) => void moveTo(entry, at),
  };
}
