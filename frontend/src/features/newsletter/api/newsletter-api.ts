import { baseApi } from '@/lib/api/base-api';
import { cursorPaging, type Page } from '@/lib/api/page';
import { queryParams } from '@/lib/api/query-params';

import type {
  Edition,
  ImportResult,
  ListRequest,
  NewsletterList,
  Subscriber,
  SubscriberStatus,
  Suppression,
} from './types';

export const SUBSCRIBERS_PAGE_SIZE = 50;
export const EDITIONS_PAGE_SIZE = 20;

const listPath = (id: string, rest = '') => `/newsletter/lists/${encodeURIComponent(id)}${rest}`;
const subscribersTag = (listId: string) => ({ type: 'NewsletterSubscriber' as const, id: listId });

/**
 * Newsletter lists, their subscribers (keyset-paged, by status), their editions (keyset-paged)
 * and suppressions (newsletter:manage). Writes invalidate the list they touched.
 */
export const newsletterApi = baseApi
  .enhanceEndpoints({
    addTagTypes: ['NewsletterList', 'NewsletterSubscriber', 'NewsletterSuppression'],
  })
  .injectEndpoints({
    endpoints: (build) => ({
      getNewsletterLists: build.query<Page<NewsletterList>, void>({
        query: () => ({ url: '/newsletter/lists', params: { limit: 100 } }),
        providesTags: ['NewsletterList'],
      }),
      createNewsletterList: build.mutation<NewsletterList, ListRequest>({
        query: (body) => ({ url: '/newsletter/lists', method: 'POST', body }),
        invalidatesTags: ['NewsletterList'],
      }),
      updateNewsletterList: build.mutation<NewsletterList, { id: string; body: ListRequest }>({
        query: ({ id, body }) => ({ url: listPath(id), method: 'PUT', body }),
        invalidatesTags: ['NewsletterList'],
      }),
      deleteNewsletterList: build.mutation<void, string>({
        query: (id) => ({ url: listPath(id), method: 'DELETE' }),
        invalidatesTags: ['NewsletterList'],
      }),
      getSubscribers: build.infiniteQuery<
        Page<Subscriber>,
        { listId: string; status: SubscriberStatus | null },
        string | null
      >({
        infiniteQueryOptions: cursorPaging,
        query: ({ queryArg, pageParam }) => ({
          url: listPath(queryArg.listId, '/subscribers'),
          params: queryParams({
            status: queryArg.status,
            cursor: pageParam,
            limit: SUBSCRIBERS_PAGE_SIZE,
          }),
        }),
        providesTags: (_result, _error, { listId }) => [subscribersTag(listId)],
      }),
      importSubscribers: build.mutation<
        ImportResult,
        { listId: string; csv: string; consented: boolean }
      >({
        query: ({ listId, csv, consented }) => ({
          url: listPath(listId, '/subscribers/import'),
          method: 'POST',
          params: { consented },
          headers: { 'Content-Type': 'text/csv' },
          body: csv,
        }),
        invalidatesTags: (_result, _error, { listId }) => [subscribersTag(listId)],
      }),
      getEditions: build.infiniteQuery<Page<Edition>, string, string | null>({
        infiniteQueryOptions: cursorPaging,
        query: ({ queryArg: listId, pageParam }) => ({
          url: listPath(listId, '/editions'),
          params: queryParams({ cursor: pageParam, limit: EDITIONS_PAGE_SIZE }),
        }),
      }),
      getSuppressions: build.infiniteQuery<Page<Suppression>, void, string | null>({
        infiniteQueryOptions: cursorPaging,
        query: ({ pageParam }) => ({
          url: '/newsletter/suppressions',
          params: queryParams({ cursor: pageParam, limit: 50 }),
        }),
        providesTags: ['NewsletterSuppression'],
      }),
    }),
  });

export const {
  useGetNewsletterListsQuery,
  useCreateNewsletterListMutation,
  useUpdateNewsletterListMutation,
  useDeleteNewsletterListMutation,
  useGetSubscribersInfiniteQuery,
  useImportSubscribersMutation,
  useGetEditionsInfiniteQuery,
  useGetSuppressionsInfiniteQuery,
} = newsletterApi;
