import { baseApi } from '@/lib/api/base-api';
import { downloadFromApi, fileStamp, type DownloadError } from '@/lib/api/download-file';
import { LIST, listTags } from '@/lib/api/cache-tags';
import { cursorPaging, type Page } from '@/lib/api/page';

import type {
  BulkRequest,
  BulkResult,
  ContentFilter,
  ContentListArgs,
  ContentTypes,
  CreateItemRequest,
  Facets,
  ImportResult,
  ItemPage,
  ItemResponse,
  SearchArgs,
  SearchHit,
} from './types';

export const CONTENT_PAGE_SIZE = 25;
/** The most ids `POST /content/bulk` takes in one call. */
export const BULK_MAX_IDS = 500;

type ParamValue = string | number | boolean | readonly string[] | null | undefined;

/**
 * The filters as a query string: repeatable ones (`status`, `tag`, …) once per value, as the
 * server reads them; empty ones left out so equal filters share one cache entry.
 */
export function contentQuery(values: Record<string, ParamValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (typeof value === 'object') {
      for (const one of value) search.append(key, one);
    } else {
      search.set(key, String(value));
    }
  }
  return search.toString();
}

function withQuery(path: string, values: Record<string, ParamValue>): string {
  const query = contentQuery(values);
  return query ? `${path}?${query}` : path;
}

const itemTag = (id: string) => ({ type: 'Content' as const, id });
const listTag = { type: 'Content' as const, id: LIST };

/**
 * The content list side: list and facets, types, create, bulk, search, import, trash. Every
 * list provides a tag per item and `LIST`; a write that can change which items a filter
 * matches (or its facet counts) invalidates `LIST` as well as the items it touched.
 */
export const contentListApi = baseApi
  .enhanceEndpoints({ addTagTypes: ['Content'] })
  .injectEndpoints({
    endpoints: (build) => ({
      getContentList: build.infiniteQuery<ItemPage, ContentListArgs, string | null>({
        infiniteQueryOptions: cursorPaging,
        query: ({ queryArg, pageParam }) =>
          withQuery('/content', {
            ...queryArg,
            cursor: pageParam,
            limit: queryArg.limit ?? CONTENT_PAGE_SIZE,
          }),
        providesTags: (result) =>
          listTags(
            'Content',
            result?.pages.flatMap((p) => p.items),
            (item) => item.id,
          ),
      }),
      getContentFacets: build.query<Facets, ContentFilter>({
        query: (filter) => withQuery('/content/facets', { ...filter }),
        providesTags: [listTag],
      }),
      getContentTypes: build.query<ContentTypes, void>({
        query: () => '/content/types',
        // The types are fixed by the server's code: no need to ask again during a session.
        keepUnusedDataFor: 3600,
      }),
      /** `idempotencyKey` makes a retried submit create one item, not two. */
      createContentItem: build.mutation<
        ItemResponse,
        { item: CreateItemRequest; idempotencyKey: string }
      >({
        query: ({ item, idempotencyKey }) => ({
          url: '/content',
          method: 'POST',
          body: item,
          headers: { 'Idempotency-Key': idempotencyKey },
        }),
        invalidatesTags: [listTag],
      }),
      bulkContent: build.mutation<BulkResult, BulkRequest>({
        query: (body) => ({ url: '/content/bulk', method: 'POST', body }),
        invalidatesTags: (result) => [...(result?.updated ?? []).map(itemTag), listTag],
      }),
      searchContent: build.query<Page<SearchHit>, SearchArgs>({
        query: (args) => withQuery('/content/search', { ...args }),
        providesTags: (result) => listTags('Content', result?.items, (hit) => hit.id),
      }),
      importContent: build.mutation<ImportResult, File>({
        query: (file) => {
          const body = new FormData();
          body.append('file', file);
          return { url: '/content/import', method: 'POST', body };
        },
        invalidatesTags: [listTag],
      }),
      trashContentItem: build.mutation<ItemResponse, string>({
        query: (id) => ({ url: `/content/${encodeURIComponent(id)}/trash`, method: 'POST' }),
        invalidatesTags: (_result, _error, id) => [itemTag(id), listTag],
      }),
      untrashContentItem: build.mutation<ItemResponse, string>({
        query: (id) => ({ url: `/content/${encodeURIComponent(id)}/untrash`, method: 'POST' }),
        invalidatesTags: (_result, _error, id) => [itemTag(id), listTag],
      }),
      /** Irreversible; the server takes only a trashed item. */
      deleteContentItem: build.mutation<void, string>({
        query: (id) => ({ url: `/content/${encodeURIComponent(id)}`, method: 'DELETE' }),
        invalidatesTags: (_result, _error, id) => [itemTag(id), listTag],
      }),
      /**
       * The signed-in user's permissions. Identity's own `getMe` is another feature's internals,
       * so content asks `/me` itself; the `Me` tag keeps it fresh when the user changes.
       */
      getContentCaller: build.query<{ id: string; permissions: string[] }, void>({
        query: () => '/me',
        providesTags: ['Me'],
      }),
    }),
  });

/** Downloads the items matching `filter` as a zip of Markdown files. */
export function exportContent(filter: ContentFilter): Promise<DownloadError | null> {
  return downloadFromApi(
    withQuery('/content/export', { ...filter }),
    `trae-content-${fileStamp()}.zip`,
  );
}

export const {
  useGetContentListInfiniteQuery,
  useGetContentFacetsQuery,
  useGetContentTypesQuery,
  useCreateContentItemMutation,
  useBulkContentMutation,
  useSearchContentQuery,
  useImportContentMutation,
  useTrashContentItemMutation,
  useUntrashContentItemMutation,
  useDeleteContentItemMutation,
  useGetContentCallerQuery,
} = contentListApi;
