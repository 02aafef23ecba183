import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { contentQuery } from '../../api/list-api';
import {
  CONTENT_STATUSES,
  type ContentFilter,
  type ContentListArgs,
  type ContentSort,
  type ContentStatus,
  type SortOrder,
} from '../../api/types';

export const MULTI_KEYS = ['status', 'type', 'tag', 'author', 'channel'] as const;
export type MultiKey = (typeof MULTI_KEYS)[number];

export const DATE_KEYS = [
  'createdFrom',
  'createdTo',
  'updatedFrom',
  'updatedTo',
  'publishedFrom',
  'publishedTo',
] as const;
export type DateKey = (typeof DATE_KEYS)[number];

const SORTS: readonly ContentSort[] = ['updated', 'created', 'published', 'title'];

/**
 * What the list shows, exactly as the URL's query string holds it (dates as local calendar
 * days), so a reload, a shared link or the back button brings the same list back.
 */
export interface ListState {
  q: string;
  status: ContentStatus[];
  type: string[];
  tag: string[];
  author: string[];
  channel: string[];
  dates: Partial<Record<DateKey, string>>;
  sort: ContentSort;
  order: SortOrder;
  trashed: boolean;
}

export function parseListState(params: URLSearchParams): ListState {
  const dates: Partial<Record<DateKey, string>> = {};
  for (const key of DATE_KEYS) {
    const day = params.get(key);
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) dates[key] = day;
  }
  const sort = params.get('sort') as ContentSort | null;
  return {
    q: params.get('q') ?? '',
    status: params
      .getAll('status')
      .filter((s): s is ContentStatus => (CONTENT_STATUSES as readonly string[]).includes(s)),
    type: params.getAll('type'),
    tag: params.getAll('tag'),
    author: params.getAll('author'),
    channel: params.getAll('channel'),
    dates,
    sort: sort && SORTS.includes(sort) ? sort : 'updated',
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
    trashed: params.get('trashed') === 'true',
  };
}

/** The query string of a state; defaults are left out so the plain list has a plain URL. */
export function listStateQuery(state: ListState): string {
  return contentQuery({
    q: state.q.trim(),
    status: state.status,
    type: state.type,
    tag: state.tag,
    author: state.author,
    channel: state.channel,
    ...state.dates,
    sort: state.sort === 'updated' ? undefined : state.sort,
    order: state.order === 'desc' ? undefined : state.order,
    trashed: state.trashed,
  });
}

/** A local calendar day as the instant it starts (or, for `to`, ends) at. */
export function dayBoundary(day: string | undefined, end: boolean): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The filter the API takes (facets and export take the same, without sort). */
export function apiFilter(state: ListState): ContentFilter {
  const filter: ContentFilter = {
    q: state.q.trim() || undefined,
    status: state.status,
    type: state.type,
    tag: state.tag,
    author: state.author,
    channel: state.channel,
    trashed: state.trashed || undefined,
  };
  for (const key of DATE_KEYS) filter[key] = dayBoundary(state.dates[key], key.endsWith('To'));
  return filter;
}

export function apiListArgs(state: ListState): ContentListArgs {
  return { ...apiFilter(state), sort: state.sort, order: state.order };
}

/** How many filters are set besides the search text and the trash switch. */
export function activeFilterCount(state: ListState): number {
  return MULTI_KEYS.reduce((n, key) => n + state[key].length, 0) + Object.keys(state.dates).length;
}

/**
 * The list state kept in the URL. `update` pushes a history entry (back undoes a filter);
 * `{ replace: true }` for typing, so every keystroke is not a step back.
 */
export function useListState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListState(params), [params]);
  const update = useCallback(
    (patch: Partial<ListState>, options?: { replace?: boolean }) => {
      setParams(
        (current) => new URLSearchParams(listStateQuery({ ...parseListState(current), ...patch })),
        options,
      );
    },
    [setParams],
  );
  return { state, update };
}
