import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { DataTable, type Column } from '@/components/data/data-table';
import { QueryStates } from '@/components/feedback/data-states';
import { pageItems } from '@/lib/api/page';

import { useGetRolesQuery, useGetUsersInfiniteQuery } from '../../api/admin-api';
import { InviteDialog } from './invite-dialog';
import { UserActionDialog } from './user-action-dialog';
import type { Pending } from './user-action-steps';
import { UserRow } from './user-row';

/** Roles an administrator can hand out when the role list itself is out of reach. */
const FALLBACK_ROLES = ['ADMIN', 'EDITOR', 'AUTHOR', 'VIEWER'];

const COLUMNS: Column[] = [
  'User',
  ['Role', 'sm'],
  ['Status', 'sm'],
  ['Two-factor', 'md'],
  ['Last sign-in', 'md'],
];

function useRoleNames(canManageRoles: boolean): string[] {
  const { data } = useGetRolesQuery(undefined, { skip: !canManageRoles });
  // OWNER is not handed out through invitations or role changes.
  return data ? data.items.map((r) => r.name).filter((n) => n !== 'OWNER') : FALLBACK_ROLES;
}

export function UsersPanel({ canManageRoles }: { canManageRoles: boolean }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const query = useGetUsersInfiniteQuery(q);
  const roles = useRoleNames(canManageRoles);
  const [inviting, setInviting] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const users = pageItems(query.data);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <TextInput
          aria-label="Search users"
          placeholder="Search by name or e-mail"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
          }}
          w={{ base: '100%', xs: 320 }}
          type="search"
        />
        <Button
          leftSection={<IconUserPlus size={16} aria-hidden />}
          onClick={() => {
            setInviting(true);
          }}
        >
          Invite user
        </Button>
      </Group>
      <QueryStates
        query={query}
        loadingLabel="Loading users"
        loadingRows={5}
        empty={users.length === 0 && (q ? `No users match “${q}”.` : 'No users yet.')}
      >
        <DataTable
          label="Users"
          minWidth={300}
          striped
          highlightOnHover
          paging={query}
          columns={COLUMNS}
          actions
        >
          {users.map((user) => (
            <UserRow key={user.id} user={user} onAction={setPending} />
          ))}
        </DataTable>
      </QueryStates>
      <InviteDialog
        opened={inviting}
        onClose={() => {
          setInviting(false);
        }}
        roles={roles}
      />
      <UserActionDialog
        pending={pending}
        roles={roles}
        onClose={() => {
          setPending(null);
        }}
        onChange={setPending}
      />
    </Stack>
  );
}
