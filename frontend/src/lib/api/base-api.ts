import {
  createApi,
  fetchBaseQuery,
  type BaseQueryFn,
  type FetchArgs,
  type FetchBaseQueryError,
} from '@reduxjs/toolkit/query/react';

export const API_BASE_URL = '/api/v1';
export const REQUEST_ID_HEADER = 'X-Request-Id';

const rawBaseQuery = fetchBaseQuery({
  baseUrl: API_BASE_URL,
  headers: { Accept: 'application/json, application/problem+json' },
  // IDENTITY: when identity lands, add `prepareHeaders` here to send
  // `Authorization: Bearer <access token>` from the in-memory token store (src/lib/auth).
});

/**
 * The base query every endpoint goes through.
 *
 * It copies the request id from the response header into error bodies that lack one,
 * so error states can always show it.
 *
 * IDENTITY: this is where the re-authenticating base query goes. On a 401, call
 * `POST /auth/refresh` once (the refresh cookie travels by itself; serialise concurrent
 * refreshes with a mutex), store the new access token and retry the original request;
 * if the refresh fails, clear the session and send the user to the login page.
 */
const baseQuery: BaseQueryFn<string | FetchArgs, unknown, FetchBaseQueryError> = async (
  args,
  api,
  extraOptions,
) => {
  const result = await rawBaseQuery(args, api, extraOptions);
  if (result.error && typeof result.error.status === 'number') {
    const requestId = result.meta?.response?.headers.get(REQUEST_ID_HEADER);
    const data: unknown = result.error.data;
    if (requestId && typeof data === 'object' && data !== null && !('requestId' in data)) {
      return { ...result, error: { ...result.error, data: { ...data, requestId } } };
    }
  }
  return result;
};

/**
 * The one RTK Query API of the app. Features add their endpoints with
 * `baseApi.injectEndpoints` in their own `api/` folder.
 */
export const baseApi = createApi({
  reducerPath: 'api',
  baseQuery,
  tagTypes: ['System'],
  endpoints: () => ({}),
});
