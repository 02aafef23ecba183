import { baseApi } from '@/lib/api/base-api';

import type { PublicCommentRequest, PublicReview, ReviewComment, VerdictRequest } from './types';

const reviewTag = (token: string) => [{ type: 'ContentReview' as const, id: token }];

/**
 * The public review pages behind a share link (no account): the item as its channels render
 * it, its comments, and the reviewer's comment and verdict.
 */
export const reviewApi = baseApi
  .enhanceEndpoints({ addTagTypes: ['ContentReview'] })
  .injectEndpoints({
    endpoints: (build) => ({
      getPublicReview: build.query<PublicReview, string>({
        query: (token) => `/review/${encodeURIComponent(token)}`,
        providesTags: (_result, _error, token) => reviewTag(token),
      }),
      addPublicComment: build.mutation<ReviewComment, PublicCommentRequest & { token: string }>({
        query: ({ token, ...body }) => ({
          url: `/review/${encodeURIComponent(token)}/comments`,
          method: 'POST',
          body,
        }),
        invalidatesTags: (_result, _error, { token }) => reviewTag(token),
      }),
      sendVerdict: build.mutation<unknown, VerdictRequest & { token: string }>({
        query: ({ token, ...body }) => ({
          url: `/review/${encodeURIComponent(token)}/verdict`,
          method: 'POST',
          body,
        }),
        invalidatesTags: (_result, _error, { token }) => reviewTag(token),
      }),
    }),
  });

export const { useGetPublicReviewQuery, useAddPublicCommentMutation, useSendVerdictMutation } =
  reviewApi;
