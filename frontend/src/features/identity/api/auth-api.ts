import { baseApi } from '@/lib/api/base-api';
import type { TokenResponse } from '@/lib/auth/session-store';

import type { Invitation, MfaChallenge, PasswordResetAnswer } from './types';

/** Shared by the setup form and the session gate, which must know setup just succeeded. */
export const SETUP_CACHE_KEY = 'complete-setup';

export type LoginResult = TokenResponse | MfaChallenge;

export function isMfaChallenge(result: LoginResult): result is MfaChallenge {
  return 'mfaRequired' in result && result.mfaRequired;
}

/** Anonymous calls: first run, sign-in, password reset, invitations. */
export const authApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    getSetupStatus: build.query<{ required: boolean }, void>({
      query: () => '/setup',
      providesTags: ['Setup'],
    }),
    /** Creates the owner and signs them in (the answer of a login, refresh cookie included). */
    completeSetup: build.mutation<
      TokenResponse,
      { email: string; password: string; displayName: string }
    >({
      query: (body) => ({ url: '/setup', method: 'POST', body, credentials: 'include' }),
      invalidatesTags: ['Setup'],
    }),
    login: build.mutation<LoginResult, { email: string; password: string }>({
      query: (body) => ({ url: '/auth/login', method: 'POST', body, credentials: 'include' }),
    }),
    verifyMfa: build.mutation<TokenResponse, { mfaToken: string; code: string }>({
      query: (body) => ({ url: '/auth/mfa', method: 'POST', body, credentials: 'include' }),
    }),
    // No invalidation: refetching the user's data after the server ended the session would only
    // earn 401s (and a "session has ended" notice). Sign-in drops the previous user's cache.
    logout: build.mutation<void, void>({
      query: () => ({ url: '/auth/logout', method: 'POST', credentials: 'include' }),
    }),
    requestPasswordReset: build.mutation<PasswordResetAnswer, { email: string }>({
      query: (body) => ({ url: '/auth/password-reset/request', method: 'POST', body }),
    }),
    confirmPasswordReset: build.mutation<void, { token: string; newPassword: string }>({
      query: (body) => ({ url: '/auth/password-reset/confirm', method: 'POST', body }),
    }),
    getInvitation: build.query<Invitation, string>({
      query: (token) => `/invitations/${encodeURIComponent(token)}`,
    }),
    /** Activates the invited account and signs it in, like a login. */
    acceptInvitation: build.mutation<
      TokenResponse,
      { token: string; displayName: string; password: string }
    >({
      query: (body) => ({
        url: '/invitations/accept',
        method: 'POST',
        body,
        credentials: 'include',
      }),
    }),
  }),
});

export const {
  useGetSetupStatusQuery,
  useCompleteSetupMutation,
  useLoginMutation,
  useVerifyMfaMutation,
  useLogoutMutation,
  useRequestPasswordResetMutation,
  useConfirmPasswordResetMutation,
  useGetInvitationQuery,
  useAcceptInvitationMutation,
} = authApi;
