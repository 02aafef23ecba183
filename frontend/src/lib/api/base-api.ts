import {
  createApi,
  fetchBaseQuery,
  type BaseQueryApi,
  type BaseQueryFn,
  type FetchArgs,
  type FetchBaseQueryError,
} from '@reduxjs/toolkit/query/react';

import { sessionStore, type TokenResponse } from '@/lib/auth/session-store';

export const API_BASE_URL = '/api/v1';
export const REQUEST_ID_HEADER = 'X-Request-Id';
const ACCEPT = 'application/json, application/problem+json';

const rawBaseQuery = fetchBaseQuery({
  baseUrl: API_BASE_URL,
  headers: { Accept: ACCEPT },
  credentials: 'same-origin',
  prepareHeaders: (headers) => {
    const token = sessionStore.getAccessToken();
    if (token && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
    return headers;
  },
});

export type RefreshOutcome = 'refreshed' | 'rejected' | 'unreachable';

let refreshInFlight: Promise<RefreshOutcome> | null = null;

async function doRefresh(): Promise<RefreshOutcome> {
  let response: Response;
  try {
    // A Request object (not a bare string) so relative URLs resolve in every environment.
    response = await fetch(
      new Request(`${API_BASE_URL}/auth/refresh`, {
        method: 'POST',
        credentials: 'include',
        headers: { Accept: ACCEPT },
      }),
    );
  } catch {
    return 'unreachable';
  }
  if (!response.ok) return response.status >= 500 ? 'unreachable' : 'rejected';
  try {
    sessionStore.signIn((await response.json()) as TokenResponse);
    return 'refreshed';
  } catch {
    return 'rejected';
  }
}

/**
 * `POST /auth/refresh` with the HttpOnly cookie. Concurrent callers share one request, so a
 * burst of 401s (or a 401 during the start-up refresh) rotates the refresh token only once.
 * On success the new access token is in the session store.
 */
export function refreshSession(): Promise<RefreshOutcome> {
  refreshInFlight ??= doRefresh().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

function urlOf(args: string | FetchArgs): string {
  return typeof args === 'string' ? args : args.url;
}

function isEnrolmentProblem(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    'type' in data &&
    typeof data.type === 'string' &&
    data.type.endsWith('/problems/mfa-enrolment-required')
  );
}

type RawResult = Awaited<ReturnType<typeof rawBaseQuery>>;

/** Copies the request id and Retry-After headers into problem bodies that lack them. */
function withHeaderFacts(result: RawResult): RawResult {
  if (!result.error || typeof result.error.status !== 'number') return result;
  const headers = result.meta?.response?.headers;
  const data: unknown = result.error.data;
  if (!headers || typeof data !== 'object' || data === null) return result;
  const extra: Record<string, unknown> = {};
  const requestId = headers.get(REQUEST_ID_HEADER);
  if (requestId && !('requestId' in data)) extra.requestId = requestId;
  const retryAfter = Number(headers.get('Retry-After') ?? Number.NaN);
  if (Number.isFinite(retryAfter) && !('retryAfter' in data)) extra.retryAfter = retryAfter;
  if (Object.keys(extra).length === 0) return result;
  return { ...result, error: { ...result.error, data: { ...data, ...extra } } };
}

async function send(args: string | FetchArgs, api: BaseQueryApi, extraOptions: object) {
  return withHeaderFacts(await rawBaseQuery(args, api, extraOptions));
}

/**
 * The base query every endpoint goes through: sends the bearer token; on a 401 refreshes the
 * session once (shared between concurrent requests) and replays the request; when the refresh
 * is refused, forgets the session, which sends the user to the login page (the route guard
 * keeps the path they were on).
 */
const baseQuery: BaseQueryFn<string | FetchArgs, unknown, FetchBaseQueryError> = async (
  args,
  api,
  extraOptions,
) => {
  const usedToken = sessionStore.getAccessToken();
  const result = await send(args, api, extraOptions);
  if (result.error?.status === 403 && isEnrolmentProblem(result.error.data)) {
    // The role started to demand MFA mid-session: the route guard now shows enrolment.
    sessionStore.requireEnrolment();
    return result;
  }
  if (result.error?.status !== 401 || usedToken === null || urlOf(args).startsWith('/auth/')) {
    return result;
  }
  // Another request may have refreshed while this one was on its way.
  const current = sessionStore.getAccessToken();
  if (current !== null && current !== usedToken) return send(args, api, extraOptions);
  // The user signed out meanwhile: nothing to restore, and no "session has ended" either.
  if (current === null) return result;

  const outcome = await refreshSession();
  if (outcome === 'refreshed') return send(args, api, extraOptions);
  if (outcome === 'rejected') sessionStore.signOut('expired');
  return result;
};

/**
 * A plain `fetch` of an API path with the bearer token and the same refresh-once-on-401 rule
 * as the base query, for downloads that are not JSON (exports).
 */
export async function fetchWithSession(path: string, init: RequestInit = {}): Promise<Response> {
  const call = () => {
    const headers = new Headers(init.headers);
    const token = sessionStore.getAccessToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetch(new Request(`${API_BASE_URL}${path}`, { ...init, headers }));
  };
  const response = await call();
  if (response.status !== 401 || sessionStore.getAccessToken() === null) return response;
  const outcome = await refreshSession();
  if (outcome === 'refreshed') return call();
  if (outcome === 'rejected') sessionStore.signOut('expired');
  return response;
}

/** Tags of data that belongs to the signed-in user; dropped when the user changes. */
export const USER_TAGS = ['Me', 'Session', 'Token', 'User', 'Role', 'Audit'] as const;

/**
 * The one RTK Query API of the app. Features add their endpoints with
 * `baseApi.injectEndpoints` in their own `api/` folder.
 */
export const baseApi = createApi({
  reducerPath: 'api',
  baseQuery,
  tagTypes: ['System', 'Setup', ...USER_TAGS],
  endpoints: () => ({}),
});
