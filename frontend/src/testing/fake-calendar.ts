import { http, HttpResponse } from 'msw';

import type { CalendarEntry, CalendarPage } from '@/features/publishing/calendar/calendar-api';
import { dayOf, instantAt } from '@/features/publishing/calendar/calendar-dates';

import { fakeIdentity, json, problem } from './fake-identity';

/**
 * An in-memory fake of docs/calendar-api.md: `GET /calendar` (local dates in `tz`, at most 43
 * days, a channel filter, `day` per entry) and the `schedule` transition of its own items
 * (content:publish, `If-Match`, a time in the future; `refusal` plays a channel that requires
 * approval). Transitions of other items pass on to the content item fake.
 */

const API = '*/api/v1';
const ANN = { id: 'u-author', displayName: 'Ann Author', initials: 'AA' };
const EDDIE = { id: 'u-editor', displayName: 'Eddie Editor', initials: 'EE' };

function entry(over: Partial<CalendarEntry> & Pick<CalendarEntry, 'id' | 'title' | 'at'>) {
  return {
    type: 'social-post',
    status: 'scheduled',
    kind: 'scheduled',
    day: '',
    channels: ['blog'],
    author: ANN,
    version: 3,
    reschedulable: true,
    ...over,
  } satisfies CalendarEntry;
}

/** Around Berlin's autumn change (27 Oct 2030, a 25-hour day); "now" in the tests is 20 Oct. */
function seed(): CalendarEntry[] {
  return [
    entry({ id: 'cal-late', title: 'Late on the long day', at: '2030-10-27T22:30:00Z' }),
    entry({
      id: 'cal-launch',
      title: 'Launch thread',
      at: '2030-10-22T07:00:00Z',
      channels: ['bluesky', 'mastodon'],
    }),
    entry({
      id: 'cal-out',
      title: 'Went out',
      at: '2030-10-15T16:00:00Z',
      kind: 'published',
      status: 'published',
      reschedulable: false,
      author: EDDIE,
    }),
    entry({ id: 'cal-next', title: 'Next month', at: '2030-11-20T09:00:00Z' }),
  ];
}

export class FakeCalendar {
  entries = seed();
  queries: URLSearchParams[] = [];
  lastMove: { id: string; at: string; ifMatch: string | null } | null = null;
  /** A problem the next `schedule` answers with (e.g. a channel requiring approval). */
  refusal: { status: number; type: string; title: string; detail: string } | null = null;
  /** Fails reads with this status, for the error state. */
  failReads: number | null = null;

  reset() {
    this.entries = seed();
    this.queries = [];
    this.lastMove = null;
    this.refusal = null;
    this.failReads = null;
  }

  page(search: URLSearchParams, permissions: string[]): CalendarPage | Response {
    const tz = search.get('tz') ?? 'UTC';
    const bound = (name: string) => {
      const value = search.get(name) ?? '';
      return value.length === 10 ? instantAt(value, { hour: 0, minute: 0 }, tz) : new Date(value);
    };
    const from = bound('from');
    const to = bound('to');
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
      return problem(400, 'validation-failed', 'Validation failed', {
        errors: [{ field: 'to', message: 'Must be after from.' }],
      });
    }
    if (to.getTime() - from.getTime() > 43 * 86_400_000) {
      return problem(400, 'validation-failed', 'Validation failed', {
        errors: [{ field: 'to', message: 'At most 43 days after from.' }],
      });
    }
    const channels = search.getAll('channel').filter(Boolean);
    const inRange = this.entries.filter((e) => new Date(e.at) >= from && new Date(e.at) < to);
    const items = inRange
      .filter((e) => channels.length === 0 || e.channels.some((c) => channels.includes(c)))
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((e) => ({
        ...e,
        day: dayOf(e.at, tz),
        reschedulable: e.reschedulable && permissions.includes('content:publish'),
      }));
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      zone: tz,
      items,
      channels: [...new Set(inRange.flatMap((e) => e.channels))].sort(),
      truncated: false,
    };
  }

  schedule(id: string, at: string | undefined, ifMatch: string | null, permissions: string[]) {
    const found = this.entries.find((e) => e.id === id && e.kind === 'scheduled');
    if (!found) return problem(409, 'illegal-transition', 'Illegal transition', { allowed: [] });
    if (!permissions.includes('content:publish')) {
      return problem(403, 'forbidden', 'Forbidden', { detail: 'You may not schedule this item.' });
    }
    if (ifMatch !== null && ifMatch !== `"${found.version}"`) {
      return problem(412, 'version-conflict', 'Changed meanwhile', { current: found });
    }
    if (!at || Number.isNaN(Date.parse(at)) || Date.parse(at) <= Date.now()) {
      return problem(400, 'validation-failed', 'Validation failed', {
        detail: 'Give a time in the future to publish at.',
        errors: [{ field: 'at', message: 'Give a time in the future to publish at.' }],
      });
    }
    if (this.refusal) {
      const { status, type, title, detail } = this.refusal;
      return problem(status, type, title, { detail });
    }
    this.lastMove = { id, at, ifMatch };
    found.at = new Date(at).toISOString();
    found.version += 1;
    return HttpResponse.json({
      id,
      status: 'scheduled',
      scheduledAt: found.at,
      version: found.version,
    });
  }
}

export const fakeCalendar = new FakeCalendar();

export const calendarHandlers = [
  http.get(`${API}/calendar`, ({ request }) => {
    const user = fakeIdentity.authenticate(request, { permission: 'content:read' });
    if (user instanceof HttpResponse) return user;
    if (fakeCalendar.failReads) {
      return problem(fakeCalendar.failReads, 'internal-error', 'Internal error');
    }
    const search = new URL(request.url).searchParams;
    fakeCalendar.queries.push(search);
    const page = fakeCalendar.page(search, fakeIdentity.me(user).permissions);
    return page instanceof Response ? page : HttpResponse.json(page);
  }),
  http.post(`${API}/content/:id/transitions`, async ({ request, params }) => {
    const id = String(params.id);
    if (!fakeCalendar.entries.some((e) => e.id === id)) return undefined;
    const user = fakeIdentity.authenticate(request, { permission: 'content:read' });
    if (user instanceof HttpResponse) return user;
    const body = await json<{ action: string; at?: string }>(request.clone());
    if (body.action !== 'schedule') return undefined;
    return fakeCalendar.schedule(
      id,
      body.at,
      request.headers.get('If-Match'),
      fakeIdentity.me(user).permissions,
    );
  }),
];
