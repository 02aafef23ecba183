import { baseApi } from '@/lib/api/base-api';
import { LIST, listTags } from '@/lib/api/cache-tags';

import type { ApiToken, CreatedApiToken, Me, Session, TokenScope, TotpEnrolment } from './types';

/**
 * The signed-in user's own account. Sessions and tokens provide a tag each and a `LIST` tag, so
 * revoking one refetches the list that shows it and nothing else.
 */
export const meApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    getMe: build.query<Me, void>({ query: () => '/me', providesTags: ['Me'] }),
    updateMe: build.mutation<Me, { displayName: string }>({
      query: (body) => ({ url: '/me', method: 'PATCH', body }),
      invalidatesTags: ['Me'],
    }),
    changePassword: build.mutation<void, { currentPassword: string; newPassword: string }>({
      query: (body) => ({ url: '/me/password', method: 'POST', body }),
    }),
    getSessions: build.query<{ items: Session[] }, void>({
      query: () => '/me/sessions',
      providesTags: (result) => listTags('Session', result?.items, (s) => s.id),
    }),
    revokeSession: build.mutation<void, string>({
      query: (id) => ({ url: `/me/sessions/${encodeURIComponent(id)}`, method: 'DELETE' }),
      invalidatesTags: (_result, _error, id) => [{ type: 'Session', id }],
    }),
    revokeOtherSessions: build.mutation<{ revoked: number }, void>({
      query: () => ({ url: '/me/sessions/revoke-others', method: 'POST' }),
      invalidatesTags: [{ type: 'Session', id: LIST }],
    }),
    startTotp: build.mutation<TotpEnrolment, void>({
      query: () => ({ url: '/me/mfa/totp', method: 'POST' }),
    }),
    confirmTotp: build.mutation<{ recoveryCodes: string[] }, { code: string }>({
      query: (body) => ({ url: '/me/mfa/totp/confirm', method: 'POST', body }),
      // Not invalidating Me here: the recovery codes screen must stay until "I saved them".
      // Two-factor is on from now, though: the page and the reminder banner say so at once.
      async onQueryStarted(_arg, { dispatch, queryFulfilled }) {
        try {
          await queryFulfilled;
        } catch {
          return;
        }
        dispatch(
          meApi.util.updateQueryData('getMe', undefined, (draft) => {
            draft.mfaEnabled = true;
            draft.mfaReminder = false;
          }),
        );
      },
    }),
    disableTotp: build.mutation<void, { code: string } | { password: string }>({
      query: (body) => ({ url: '/me/mfa/totp', method: 'DELETE', body }),
      invalidatesTags: ['Me'],
    }),
    getTokens: build.query<{ items: ApiToken[] }, void>({
      query: () => '/me/tokens',
      providesTags: (result) => listTags('Token', result?.items, (t) => t.id),
    }),
    /** The scopes this user may give a token, with what each allows. */
    getTokenScopes: build.query<TokenScope[], void>({
      query: () => '/me/tokens/scopes',
      // They follow from the user's permissions, not from the tokens there are.
      providesTags: ['Me'],
    }),
    createToken: build.mutation<
      CreatedApiToken,
      { name: string; scopes: string[]; expiresInDays: number | null }
    >({
      query: (body) => ({ url: '/me/tokens', method: 'POST', body }),
      invalidatesTags: [{ type: 'Token', id: LIST }],
    }),
    revokeToken: build.mutation<void, string>({
      query: (id) => ({ url: `/me/tokens/${encodeURIComponent(id)}`, method: 'DELETE' }),
      invalidatesTags: (_result, _error, id) => [{ type: 'Token', id }],
    }),
  }),
});

export const {
  useGetMeQuery,
  useUpdateMeMutation,
  useChangePasswordMutation,
  useGetSessionsQuery,
  useRevokeSessionMutation,
  useRevokeOtherSessionsMutation,
  useStartTotpMutation,
  useConfirmTotpMutation,
  useDisableTotpMutation,
  useGetTokensQuery,
  useGetTokenScopesQuery,
  useCreateTokenMutation,
  useRevokeTokenMutation,
} = meApi;
