import { baseApi } from '@/lib/api/base-api';
import { cursorPaging, type Page } from '@/lib/api/page';
import { queryParams } from '@/lib/api/query-params';

import type { Attempt, ChannelApproval, ItemPublications, Publication } from './types';

export const ATTEMPTS_PAGE_SIZE = 25;

const itemPath = (id: string, rest: string) => `/content/${encodeURIComponent(id)}${rest}`;
const publicationPath = (id: string, rest: string) =>
  `/publications/${encodeURIComponent(id)}${rest}`;

/**
 * An item's publications and the delivery log. Everything here is tagged `Publication` or
 * `Attempt`; an action on a publication invalidates both, since it changes the status and
 * writes attempts. An item's publications also provide its `ContentVersion` tag: a save or a
 * workflow transition (publish, unpublish) invalidates that, and either can start a delivery.
 */
export const publicationsApi = baseApi
  .enhanceEndpoints({ addTagTypes: ['Publication', 'Attempt', 'ContentVersion'] })
  .injectEndpoints({
    endpoints: (build) => ({
      getItemPublications: build.query<ItemPublications, string>({
        query: (itemId) => itemPath(itemId, '/publications'),
        providesTags: (result, _error, itemId) => [
          ...(result?.items ?? []).map((p) => ({ type: 'Publication' as const, id: p.id })),
          { type: 'Publication', id: `item:${itemId}` },
          { type: 'ContentVersion', id: itemId },
        ],
      }),
      getItemAttempts: build.infiniteQuery<Page<Attempt>, string, string | null>({
        infiniteQueryOptions: cursorPaging,
        query: ({ queryArg, pageParam }) => ({
          url: itemPath(queryArg, '/attempts'),
          params: queryParams({ cursor: pageParam, limit: ATTEMPTS_PAGE_SIZE }),
        }),
        providesTags: (_result, _error, itemId) => [
          { type: 'Attempt', id: `item:${itemId}` },
          { type: 'ContentVersion', id: itemId },
        ],
      }),
      getChannelAttempts: build.infiniteQuery<Page<Attempt>, string, string | null>({
        infiniteQueryOptions: cursorPaging,
        query: ({ queryArg, pageParam }) => ({
          url: `/channels/${encodeURIComponent(queryArg)}/attempts`,
          params: queryParams({ cursor: pageParam, limit: ATTEMPTS_PAGE_SIZE }),
        }),
        providesTags: (_result, _error, channelId) => [
          { type: 'Attempt', id: `channel:${channelId}` },
        ],
      }),
      /** "Retry now" (failed) and "send again" (needs checking, after a person checked). */
      retryPublication: build.mutation<Publication, string>({
        query: (id) => ({ url: publicationPath(id, '/retry'), method: 'POST' }),
        invalidatesTags: (_result, _error, id) => [{ type: 'Publication', id }, 'Attempt'],
      }),
      markDelivered: build.mutation<
        Publication,
        { id: string; externalUrl?: string; externalId?: string }
      >({
        query: ({ id, ...body }) => ({
          url: publicationPath(id, '/mark-delivered'),
          method: 'POST',
          body,
        }),
        invalidatesTags: (_result, _error, { id }) => [{ type: 'Publication', id }, 'Attempt'],
      }),
      /** Approve the item for a channel that requires approval (content:review). */
      approveForChannel: build.mutation<ChannelApproval, { itemId: string; channel: string }>({
        query: ({ itemId, channel }) => ({
          url: itemPath(itemId, `/channel-approvals/${encodeURIComponent(channel)}`),
          method: 'PUT',
        }),
        invalidatesTags: (_result, _error, { itemId }) => [
          { type: 'Publication', id: `item:${itemId}` },
        ],
      }),
      withdrawApproval: build.mutation<void, { itemId: string; channel: string }>({
        query: ({ itemId, channel }) => ({
          url: itemPath(itemId, `/channel-approvals/${encodeURIComponent(channel)}`),
          method: 'DELETE',
        }),
        invalidatesTags: (_result, _error, { itemId }) => [
          { type: 'Publication', id: `item:${itemId}` },
        ],
      }),
    }),
  });

export const {
  useGetItemPublicationsQuery,
  useGetItemAttemptsInfiniteQuery,
  useGetChannelAttemptsInfiniteQuery,
  useRetryPublicationMutation,
  useMarkDeliveredMutation,
  useApproveForChannelMutation,
  useWithdrawApprovalMutation,
} = publicationsApi;
