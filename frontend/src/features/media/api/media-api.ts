import { baseApi } from '@/lib/api/base-api';
import { LIST, listTags } from '@/lib/api/cache-tags';
import { cursorPaging } from '@/lib/api/page';
import { queryParams } from '@/lib/api/query-params';

import type { MediaFile, MediaListArgs, MediaPage, MediaUser, SignedUrl } from './types';

export const MEDIA_PAGE_SIZE = 48;
/** How long a signed URL for an `<img>` lives; the cache lets go of it well before. */
const SIGNED_URL_TTL = 3600;

const path = (id: string, rest = '') => `/media/${encodeURIComponent(id)}${rest}`;
export const mediaTag = (id: string) => ({ type: 'Media' as const, id });
export const mediaListTag = { type: 'Media' as const, id: LIST };

/**
 * The media library (docs/media-api.md). The list provides a tag per file and `LIST`, so an
 * upload (a file no list shows yet) refetches the lists, and a change to one file refetches
 * only the queries that show it.
 */
export const mediaApi = baseApi
  .enhanceEndpoints({ addTagTypes: ['Media', 'MediaUsage'] })
  .injectEndpoints({
    endpoints: (build) => ({
      getMediaList: build.infiniteQuery<MediaPage, MediaListArgs, string | null>({
        infiniteQueryOptions: cursorPaging,
        query: ({ queryArg, pageParam }) => ({
          url: '/media',
          params: queryParams({
            kind: queryArg.kind,
            q: queryArg.q?.trim(),
            cursor: pageParam,
            limit: queryArg.limit ?? MEDIA_PAGE_SIZE,
          }),
        }),
        providesTags: (result) =>
          listTags(
            'Media',
            result?.pages.flatMap((p) => p.items),
            (file) => file.id,
          ),
      }),
      getMedia: build.query<MediaFile, string>({
        query: (id) => path(id),
        providesTags: (_r, _e, id) => [mediaTag(id)],
      }),
      /** `version` is the one the person started from: a stale one is a 412 carrying `current`. */
      updateAltText: build.mutation<MediaFile, { id: string; version: number; altText: string }>({
        query: ({ id, version, altText }) => ({
          url: path(id),
          method: 'PATCH',
          headers: { 'If-Match': `"${version}"` },
          body: { altText },
        }),
        invalidatesTags: (_r, error, { id }) => (error ? [] : [mediaTag(id)]),
      }),
      /** A 409 `media-in-use` lists the items (`items`) that still use the file. */
      deleteMedia: build.mutation<void, string>({
        query: (id) => ({ url: path(id), method: 'DELETE' }),
        invalidatesTags: (_r, error, id) => (error ? [] : [mediaTag(id), mediaListTag]),
      }),
      getMediaUsage: build.query<{ items: MediaUser[] }, string>({
        query: (id) => path(id, '/usage'),
        providesTags: (_r, _e, id) => [{ type: 'MediaUsage', id }],
      }),
      /** A URL an `<img>` can load without the bearer token. A file's bytes never change. */
      getSignedUrl: build.query<SignedUrl, { id: string; variant: string }>({
        query: ({ id, variant }) => ({
          url: path(id, '/signed-urls'),
          method: 'POST',
          body: { variant, ttlSeconds: SIGNED_URL_TTL },
        }),
        keepUnusedDataFor: SIGNED_URL_TTL - 600,
      }),
    }),
  });

export const {
  useGetMediaListInfiniteQuery,
  useGetMediaQuery,
  useUpdateAltTextMutation,
  useDeleteMediaMutation,
  useGetMediaUsageQuery,
  useGetSignedUrlQuery,
} = mediaApi;
