import type { FetchBaseQueryMeta } from '@reduxjs/toolkit/query';

import { baseApi } from '@/lib/api/base-api';
import { cursorPaging, type Page } from '@/lib/api/page';
import { queryParams } from '@/lib/api/query-params';

import type {
  ItemResponse,
  CreatedShareLink,
  ItemContent,
  UpdateItemRequest,
  ReviewComment,
  ShareLink,
  WorkflowAction,
  VersionDetail,
  VersionDiff,
  VersionSummary,
  WorkingCopy,
  WorkingCopySaved,
} from './types';

export const VERSIONS_PAGE_SIZE = 30;

/** The row version as the strong ETag the server compares `If-Match` with. */
export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

const path = (id: string, rest = '') => `/content/${encodeURIComponent(id)}${rest}`;
const tag = <T extends string>(type: T, id: string) => [{ type, id }];

/** Puts the item a write answers with into the cache instead of asking for it again. */
async function storeItem(
  id: string,
  {
    dispatch,
    queryFulfilled,
  }: {
    dispatch: (action: unknown) => unknown;
    queryFulfilled: Promise<{ data: ItemResponse }>;
  },
) {
  try {
    const { data } = await queryFulfilled;
    dispatch(editorApi.util.updateQueryData('getItem', id, () => data));
  } catch {
    // The caller shows the failure; the cache keeps what it had.
  }
}

const contentApi = baseApi.enhanceEndpoints({
  addTagTypes: [
    'Content',
    'ContentVersion',
    'ContentComment',
    'ContentShareLink',
    'ContentWorkingCopy',
  ],
});

/**
 * The editor's endpoints. Each item's data is tagged by its id (`Content`, its versions,
 * comments and share links apart), so a save refetches only what shows that item.
 */
export const editorApi = contentApi.injectEndpoints({
  endpoints: (build) => ({
    getItem: build.query<ItemResponse, string>({
      query: (id) => path(id),
      providesTags: (_r, _e, id) => tag('Content', id),
    }),
    updateItem: build.mutation<
      ItemResponse,
      { id: string; version: number; body: UpdateItemRequest }
    >({
      query: ({ id, version, body }) => ({
        url: path(id),
        method: 'PUT',
        headers: ifMatch(version),
        body,
      }),
      onQueryStarted: ({ id }, api) => storeItem(id, api),
      invalidatesTags: (_r, error, { id }) =>
        error ? [] : [...tag('ContentVersion', id), ...tag('ContentWorkingCopy', id)],
    }),
    transition: build.mutation<
      ItemResponse,
      { id: string; version?: number; action: WorkflowAction; comment?: string; at?: string }
    >({
      query: ({ id, version, ...body }) => ({
        url: path(id, '/transitions'),
        method: 'POST',
        headers: version === undefined ? undefined : ifMatch(version),
        body,
      }),
      onQueryStarted: ({ id }, api) => storeItem(id, api),
      invalidatesTags: (_r, error, { id }) => (error ? [] : tag('ContentVersion', id)),
    }),
    preview: build.mutation<{ html: string }, string>({
      query: (markdown) => ({ url: '/content/preview', method: 'POST', body: { markdown } }),
    }),

    getWorkingCopy: build.query<WorkingCopy | null, string>({
      // Nothing autosaved is a 204 without a body: the ordinary "nothing unsaved".
      query: (id) => ({ url: path(id, '/working-copy') }),
      transformResponse: (body: unknown, meta) =>
        (meta as FetchBaseQueryMeta | undefined)?.response?.status === 204
          ? null
          : (body as WorkingCopy),
      providesTags: (_r, _e, id) => tag('ContentWorkingCopy', id),
    }),
    saveWorkingCopy: build.mutation<
      WorkingCopySaved,
      { id: string; baseVersion: number; content: ItemContent }
    >({
      query: ({ id, ...body }) => ({ url: path(id, '/working-copy'), method: 'PUT', body }),
    }),
    discardWorkingCopy: build.mutation<void, string>({
      query: (id) => ({ url: path(id, '/working-copy'), method: 'DELETE' }),
      invalidatesTags: (_r, _e, id) => tag('ContentWorkingCopy', id),
    }),

    getVersions: build.infiniteQuery<Page<VersionSummary>, string, string | null>({
      infiniteQueryOptions: cursorPaging,
      query: ({ queryArg, pageParam }) => ({
        url: path(queryArg, '/versions'),
        params: queryParams({ cursor: pageParam, limit: VERSIONS_PAGE_SIZE }),
      }),
      providesTags: (_r, _e, id) => tag('ContentVersion', id),
    }),
    getVersion: build.query<VersionDetail, { id: string; number: number }>({
      query: ({ id, number }) => path(id, `/versions/${number}`),
      providesTags: (_r, _e, { id }) => tag('ContentVersion', id),
    }),
    getVersionDiff: build.query<VersionDiff, { id: string; from: number; to: number }>({
      query: ({ id, from, to }) => ({ url: path(id, '/versions/diff'), params: { from, to } }),
    }),
    restoreVersion: build.mutation<ItemResponse, { id: string; number: number; version: number }>({
      query: ({ id, number, version }) => ({
        url: path(id, `/versions/${number}/restore`),
        method: 'POST',
        headers: ifMatch(version),
      }),
      onQueryStarted: ({ id }, api) => storeItem(id, api),
      invalidatesTags: (_r, error, { id }) => (error ? [] : tag('ContentVersion', id)),
    }),
    pinVersion: build.mutation<VersionSummary, { id: string; number: number; pinned: boolean }>({
      query: ({ id, number, pinned }) => ({
        url: path(id, `/versions/${number}/pin`),
        method: 'PUT',
        body: { pinned },
      }),
      invalidatesTags: (_r, _e, { id }) => tag('ContentVersion', id),
    }),

    getComments: build.query<Page<ReviewComment>, string>({
      query: (id) => ({ url: path(id, '/comments'), params: { limit: 100 } }),
      providesTags: (_r, _e, id) => tag('ContentComment', id),
    }),
    addComment: build.mutation<ReviewComment, { id: string; body: string; quote?: string }>({
      query: ({ id, ...body }) => ({ url: path(id, '/comments'), method: 'POST', body }),
      invalidatesTags: (_r, _e, { id }) => tag('ContentComment', id),
    }),
    editComment: build.mutation<ReviewComment, { id: string; commentId: string; body: string }>({
      query: ({ id, commentId, body }) => ({
        url: path(id, `/comments/${encodeURIComponent(commentId)}`),
        method: 'PUT',
        body: { body },
      }),
      invalidatesTags: (_r, _e, { id }) => tag('ContentComment', id),
    }),
    resolveComment: build.mutation<
      ReviewComment,
      { id: string; commentId: string; resolved: boolean }
    >({
      query: ({ id, commentId, resolved }) => ({
        url: path(id, `/comments/${encodeURIComponent(commentId)}/resolve`),
        method: 'POST',
        body: { resolved },
      }),
      invalidatesTags: (_r, _e, { id }) => tag('ContentComment', id),
    }),
    deleteComment: build.mutation<void, { id: string; commentId: string }>({
      query: ({ id, commentId }) => ({
        url: path(id, `/comments/${encodeURIComponent(commentId)}`),
        method: 'DELETE',
      }),
      invalidatesTags: (_r, _e, { id }) => tag('ContentComment', id),
    }),

    getShareLinks: build.query<{ items: ShareLink[] }, string>({
      query: (id) => path(id, '/share-links'),
      providesTags: (_r, _e, id) => tag('ContentShareLink', id),
    }),
    createShareLink: build.mutation<
      CreatedShareLink,
      { id: string; label?: string; expiresInHours: number }
    >({
      query: ({ id, ...body }) => ({ url: path(id, '/share-links'), method: 'POST', body }),
      invalidatesTags: (_r, _e, { id }) => tag('ContentShareLink', id),
    }),
    revokeShareLink: build.mutation<void, { id: string; linkId: string }>({
      query: ({ id, linkId }) => ({
        url: path(id, `/share-links/${encodeURIComponent(linkId)}`),
        method: 'DELETE',
      }),
      invalidatesTags: (_r, _e, { id }) => tag('ContentShareLink', id),
    }),
  }),
});

export const {
  useGetItemQuery,
  useUpdateItemMutation,
  useTransitionMutation,
  usePreviewMutation,
  useGetWorkingCopyQuery,
  useSaveWorkingCopyMutation,
  useDiscardWorkingCopyMutation,
  useGetVersionsInfiniteQuery,
  useGetVersionQuery,
  useGetVersionDiffQuery,
  useRestoreVersionMutation,
  usePinVersionMutation,
  useGetCommentsQuery,
  useAddCommentMutation,
  useEditCommentMutation,
  useResolveCommentMutation,
  useDeleteCommentMutation,
  useGetShareLinksQuery,
  useCreateShareLinkMutation,
  useRevokeShareLinkMutation,
} = editorApi;
