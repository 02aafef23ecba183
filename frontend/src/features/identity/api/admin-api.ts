import { baseApi } from '@/lib/api/base-api';

import type {
  AuditEvent,
  AuditFilter,
  ChainVerification,
  CreatedInvitation,
  Page,
  Permission,
  ResetLink,
  Role,
  User,
} from './types';

export const USERS_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE = 50;

/** Drops empty values so they do not end up as `?q=` in the URL. */
function params(values: Record<string, string | number | null | undefined>) {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );
}

/** Users, roles and the audit log (each needs its permission). */
export const adminApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    getUsers: build.infiniteQuery<Page<User>, string, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (last) => last.nextCursor,
      },
      query: ({ queryArg, pageParam }) => ({
        url: '/users',
        params: params({ q: queryArg, cursor: pageParam, limit: USERS_PAGE_SIZE }),
      }),
      providesTags: ['Users'],
    }),
    inviteUser: build.mutation<CreatedInvitation, { email: string; role: string }>({
      query: (body) => ({ url: '/users/invitations', method: 'POST', body }),
      invalidatesTags: ['Users'],
    }),
    updateUser: build.mutation<
      User,
      { id: string; role?: string; disabled?: boolean; version?: number }
    >({
      query: ({ id, ...body }) => ({
        url: `/users/${encodeURIComponent(id)}`,
        method: 'PATCH',
        body,
      }),
      invalidatesTags: ['Users'],
    }),
    resetUserMfa: build.mutation<void, string>({
      query: (id) => ({ url: `/users/${encodeURIComponent(id)}/mfa/reset`, method: 'POST' }),
      invalidatesTags: ['Users'],
    }),
    createResetLink: build.mutation<ResetLink, string>({
      query: (id) => ({ url: `/users/${encodeURIComponent(id)}/password-reset`, method: 'POST' }),
    }),
    /** A new link for a pending invitation (mailed when SMTP is set); the old one dies. */
    reissueInvitation: build.mutation<CreatedInvitation, string>({
      query: (id) => ({ url: `/users/${encodeURIComponent(id)}/invitation`, method: 'POST' }),
      invalidatesTags: ['Users'],
    }),
    withdrawInvitation: build.mutation<void, string>({
      query: (id) => ({ url: `/users/${encodeURIComponent(id)}/invitation`, method: 'DELETE' }),
      invalidatesTags: ['Users'],
    }),
    anonymiseUser: build.mutation<void, string>({
      query: (id) => ({ url: `/users/${encodeURIComponent(id)}`, method: 'DELETE' }),
      invalidatesTags: ['Users'],
    }),
    getPermissions: build.query<{ items: Permission[] }, void>({
      query: () => '/permissions',
    }),
    getRoles: build.query<{ items: Role[] }, void>({
      query: () => '/roles',
      providesTags: ['Roles'],
    }),
    createRole: build.mutation<Role, Omit<Role, 'builtIn'>>({
      query: (body) => ({ url: '/roles', method: 'POST', body }),
      invalidatesTags: ['Roles'],
    }),
    /** Built-in roles keep their permissions: leave `permissions` out to change only MFA. */
    updateRole: build.mutation<
      Role,
      Pick<Role, 'name' | 'mfaRequired'> & { permissions?: string[] }
    >({
      query: ({ name, ...body }) => ({
        url: `/roles/${encodeURIComponent(name)}`,
        method: 'PUT',
        body: { name, ...body },
      }),
      invalidatesTags: ['Roles'],
    }),
    deleteRole: build.mutation<void, string>({
      query: (name) => ({ url: `/roles/${encodeURIComponent(name)}`, method: 'DELETE' }),
      invalidatesTags: ['Roles'],
    }),
    getAuditEvents: build.infiniteQuery<Page<AuditEvent>, AuditFilter, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (last) => last.nextCursor,
      },
      query: ({ queryArg, pageParam }) => ({
        url: '/audit-events',
        params: params({ ...queryArg, cursor: pageParam, limit: AUDIT_PAGE_SIZE }),
      }),
      providesTags: ['Audit'],
    }),
    verifyAuditChain: build.mutation<ChainVerification, void>({
      query: () => ({ url: '/audit-events/verify', method: 'GET' }),
    }),
  }),
});

export const {
  useGetUsersInfiniteQuery,
  useInviteUserMutation,
  useUpdateUserMutation,
  useResetUserMfaMutation,
  useCreateResetLinkMutation,
  useAnonymiseUserMutation,
  useReissueInvitationMutation,
  useWithdrawInvitationMutation,
  useGetPermissionsQuery,
  useGetRolesQuery,
  useCreateRoleMutation,
  useUpdateRoleMutation,
  useDeleteRoleMutation,
  useGetAuditEventsInfiniteQuery,
  useVerifyAuditChainMutation,
} = adminApi;

export { params as queryParams };
