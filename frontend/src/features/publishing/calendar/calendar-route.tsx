import { Alert, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';

import { QueryStates } from '@/components/feedback/data-states';

import { useGetCalendarQuery, type CalendarArgs } from './calendar-api';
import { addDays, addMonths, browserTimeZone, dayOf } from './calendar-dates';
import { CalendarToolbar } from './calendar-toolbar';
import { CalendarViews, viewDays, type CalendarView } from './calendar-views';
import { RescheduleDialog } from './reschedule-dialog';
import { useCalendarMoves } from './use-calendar-moves';

/**
 * `/calendar`: scheduled and published items by day, in the browser's time zone. The API is asked
 * for the view's local days in that zone, and each item is put on the day its time falls on
 * there, so an item late on a DST change day stays on that day.
 */
export function CalendarRoute() {
  const zone = useMemo(() => browserTimeZone(), []);
  const today = dayOf(new Date(), zone);
  const [view, setView] = useState<CalendarView>('month');
  const [anchor, setAnchor] = useState(today);
  const [channel, setChannel] = useState<string | null>(null);
  const compact = useMediaQuery('(max-width: 40em)');

  const days = viewDays(view, anchor);
  const args: CalendarArgs = {
    from: days[0] ?? anchor,
    to: addDays(days.at(-1) ?? anchor, 1),
    tz: zone,
    channel,
  };
  const query = useGetCalendarQuery(args);
  const entries = query.data?.items ?? [];
  const moves = useCalendarMoves(entries, args);

  const step = (direction: -1 | 0 | 1) => {
    if (direction === 0) setAnchor(today);
    else
      setAnchor(view === 'month' ? addMonths(anchor, direction) : addDays(anchor, 7 * direction));
  };

  return (
    <Stack gap="md">
      <CalendarToolbar
        view={view}
        anchor={anchor}
        days={days}
        channel={channel}
        channels={query.data?.channels ?? []}
        zone={zone}
        onView={setView}
        onStep={step}
        onChannel={setChannel}
      />
      <QueryStates query={query} loadingLabel="Loading the calendar" loadingRows={6}>
        {query.data?.truncated && (
          <Alert color="yellow" title="Not everything is shown">
            This period has more items than one page holds. Pick a channel or the week view.
          </Alert>
        )}
        {entries.length === 0 && (
          <Alert color="gray" data-testid="calendar-empty">
            Nothing is scheduled or published in this period{channel ? ` for ${channel}` : ''}.
          </Alert>
        )}
        <CalendarViews
          view={view}
          anchor={anchor}
          today={today}
          zone={zone}
          entries={entries}
          compact={compact}
          onDrop={moves.drop}
          onReschedule={moves.edit}
        />
      </QueryStates>
      <RescheduleDialog
        entry={moves.editing}
        zone={zone}
        onClose={moves.close}
        onSubmit={moves.submit}
      />
    </Stack>
  );
}
