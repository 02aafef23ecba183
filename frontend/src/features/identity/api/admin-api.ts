import { baseApi } from '@/lib/api/base-api';
import { LIST, listTags } from '@/lib/api/cache-tags';
import { cursorPaging, type Page } from '@/lib/api/page';
import { queryParams } from '@/lib/api/query-params';

import type {
  AuditEvent,
  AuditFilter,
  ChainVerification,
  CreatedInvitation,
  Permission,
  ResetLink,
  Role,
  User,
} from './types';

export const USERS_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE = 50;

const userTag = (id: string) => [{ type: 'User' as const, id }];
const roleTag = (name: string) => [{ type: 'Role' as const, id: name }];

/**
 * Users, roles and the audit log (each needs its permission). Lists provide a tag per item and
 * a `LIST` tag: a change to one user or role refetches only the queries that show it.
 */
export const adminApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    getUsers: build.infiniteQuery<Page<User>, string, string | null>({
      infiniteQueryOptions: cursorPaging,
      query: ({ queryArg, pageParam }) => ({
        url: '/users',
        params: queryParams({ q: queryArg, cursor: pageParam, limit: USERS_PAGE_SIZE }),
      }),
      providesTags: (result) =>
        listTags(
          'User',
          result?.pages.flatMap((p) => p.items),
          (u) => u.id,
        ),
    }),
    inviteUser: build.mutation<CreatedInvitation, { email: string; role: string }>({
      query: (body) => ({ url: '/users/invitations', method: 'POST', body }),
      invalidatesTags: [{ type: 'User', id: LIST }],
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
      invalidatesTags: (_result, _error, { id }) => userTag(id),
    }),
    resetUserMfa: build.mutation<void, string>({
      query: (id) => ({ url: `/users/${encodeURIComponent(id)}/mfa/reset`, method: 'POST' }),
      invalidatesTags: (_result, _error, id) => userTag(id),
    }),
    createResetLink: build.mutation<ResetLink, string>({
      query: (id) => ({ url: `/users/${encodeURIComponent(id)}/password-reset`, method: 'POST' }),
    }),
    /** A new link for a pending invitation (mailed when SMTP is set); the old one dies. */
    reissueInvitation: build.mutation<CreatedInvitation, string>({
      query: (id) => ({ url: `/users/${encodeURIComponent(id)}/invitation`, method: 'POST' }),
      invalidatesTags: (_result, _error, id) => userTag(id),
    }),
    withdrawInvitation: build.mutation<void, string>({
      query: (id) => ({ url: `/users/${encodeURIComponent(id)}/invitation`, method: 'DELETE' }),
      invalidatesTags: (_result, _error, id) => userTag(id),
    }),
    anonymiseUser: build.mutation<void, string>({
      query: (id) => ({ url: `/users/${encodeURIComponent(id)}`, method: 'DELETE' }),
      invalidatesTags: (_result, _error, id) => userTag(id),
    }),
    getPermissions: build.query<{ items: Permission[] }, void>({
      query: () => '/permissions',
    }),
    getRoles: build.query<{ items: Role[] }, void>({
      query: () => '/roles',
      providesTags: (result) => listTags('Role', result?.items, (r) => r.name),
    }),
    createRole: build.mutation<Role, Omit<Role, 'builtIn'>>({
      query: (body) => ({ url: '/roles', method: 'POST', body }),
      invalidatesTags: [{ type: 'Role', id: LIST }],
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
      invalidatesTags: (_result, _error, { name }) => roleTag(name),
    }),
    deleteRole: build.mutation<void, string>({
      query: (name) => ({ url: `/roles/${encodeURIComponent(name)}`, method: 'DELETE' }),
      invalidatesTags: (_result, _error, name) => roleTag(name),
    }),
    getAuditEvents: build.infiniteQuery<Page<AuditEvent>, AuditFilter, string | null>({
      infiniteQueryOptions: cursorPaging,
      query: ({ queryArg, pageParam }) => ({
        url: '/audit-events',
        params: queryParams({ ...queryArg, cursor: pageParam, limit: AUDIT_PAGE_SIZE }),
      }),
      providesTags: ['Audit'],
    }),
    /** A read, asked for on demand (a lazy query): walks the whole chain on the server. */
    verifyAuditChain: build.query<ChainVerification, void>({
      query: () => '/audit-events/verify',
      keepUnusedDataFor: 0,
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
  useLazyVerifyAuditChainQuery,
} = adminApi;
