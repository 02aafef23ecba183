import { baseApi } from '@/lib/api/base-api';

/** docs/calendar-api.md: `GET /calendar`. */
export type EntryKind = 'scheduled' | 'published';

export interface CalendarEntry {
  id: string;
  type: string;
  status: string;
  title: string;
  kind: EntryKind;
  /** When it goes out (scheduled) or went out (published), ISO UTC. */
  at: string;
  /** The local date of `at` in the page's zone. */
  day: string;
  channels: string[];
  author: { id: string; displayName: string; initials: string };
  version: number;
  reschedulable: boolean;
}

export interface CalendarPage {
  from: string;
  to: string;
  zone: string;
  items: CalendarEntry[];
  channels: string[];
  truncated: boolean;
}

/** Local dates (`YYYY-MM-DD`, `to` exclusive) in `tz`, and the chosen channel (or none). */
export interface CalendarArgs {
  from: string;
  to: string;
  tz: string;
  channel: string | null;
}

export interface RescheduleArgs {
  entry: CalendarEntry;
  /** ISO 8601 with the zone's offset, e.g. `2030-10-28T09:00:00+01:00`. */
  at: string;
  /** The page the entry shows on, whose cache moves the chip at once. */
  page: CalendarArgs;
}

const LIST = { type: 'Calendar' as const, id: 'LIST' };

function query(args: CalendarArgs): string {
  const search = new URLSearchParams({ from: args.from, to: args.to, tz: args.tz });
  if (args.channel) search.append('channel', args.channel);
  return `/calendar?${search.toString()}`;
}

/**
 * The calendar's endpoints. A move is the workflow's `schedule` transition with the new time; the
 * chip moves in the cache at once and goes back when the server refuses (permission, approval,
 * a time in the past, a stale version).
 */
export const calendarApi = baseApi
  .enhanceEndpoints({ addTagTypes: ['Calendar', 'Content'] })
  .injectEndpoints({
    endpoints: (build) => ({
      getCalendar: build.query<CalendarPage, CalendarArgs>({
        query,
        providesTags: [LIST],
      }),
      reschedule: build.mutation<unknown, RescheduleArgs>({
        query: ({ entry, at }) => ({
          url: `/content/${encodeURIComponent(entry.id)}/transitions`,
          method: 'POST',
          headers: { 'If-Match': `"${entry.version}"` },
          body: { action: 'schedule', at },
        }),
        onQueryStarted: async ({ entry, at, page }, { dispatch, queryFulfilled }) => {
          const patch = dispatch(
            calendarApi.util.updateQueryData('getCalendar', page, (draft) => {
              const moved = draft.items.find((e) => e.id === entry.id && e.kind === entry.kind);
              if (moved) moved.at = new Date(at).toISOString();
            }),
          );
          try {
            await queryFulfilled;
          } catch {
            patch.undo();
          }
        },
        invalidatesTags: (_r, error, { entry }) =>
          error ? [] : [LIST, { type: 'Content', id: entry.id }],
      }),
    }),
  });

export const { useGetCalendarQuery, useRescheduleMutation } = calendarApi;
