import { baseApi } from '@/lib/api/base-api';

/** A change of e-mail address waiting for its link; both fields absent when none is. */
export interface PendingEmailChange {
  newEmail?: string;
  expiresAt?: string;
}

const api = baseApi.enhanceEndpoints({ addTagTypes: ['EmailChange'] });

/** Self-service account changes beyond the profile: e-mail address and recovery codes. */
export const accountApi = api.injectEndpoints({
  endpoints: (build) => ({
    getEmailChange: build.query<PendingEmailChange, void>({
      query: () => '/me/email-change',
      providesTags: ['EmailChange'],
    }),
    requestEmailChange: build.mutation<
      PendingEmailChange,
      { newEmail: string; currentPassword: string }
    >({
      query: (body) => ({ url: '/me/email-change', method: 'POST', body }),
      invalidatesTags: ['EmailChange'],
    }),
    cancelEmailChange: build.mutation<void, void>({
      query: () => ({ url: '/me/email-change', method: 'DELETE' }),
      invalidatesTags: ['EmailChange'],
    }),
    confirmEmailChange: build.mutation<{ email: string }, { token: string }>({
      query: (body) => ({ url: '/auth/email-change/confirm', method: 'POST', body }),
      invalidatesTags: ['Me', 'EmailChange'],
    }),
    regenerateRecoveryCodes: build.mutation<{ recoveryCodes: string[] }, { password: string }>({
      query: (body) => ({ url: '/me/mfa/recovery-codes', method: 'POST', body }),
    }),
  }),
});

export const {
  useGetEmailChangeQuery,
  useRequestEmailChangeMutation,
  useCancelEmailChangeMutation,
  useConfirmEmailChangeMutation,
  useRegenerateRecoveryCodesMutation,
} = accountApi;
