import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { QueryStates } from '@/components/feedback/data-states';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import {
  useDeleteRoleMutation,
  useGetPermissionsQuery,
  useGetRolesQuery,
} from '../../api/admin-api';
import { useGetMeQuery } from '../../api/me-api';
import type { Role } from '../../api/types';
import { CreateRoleDialog } from './create-role-dialog';
import { RoleMatrix } from './role-matrix';

export function RolesPanel() {
  const roles = useGetRolesQuery();
  const { data: me } = useGetMeQuery();
  const permissions = useGetPermissionsQuery();
  const [deleteRole, deleting] = useDeleteRoleMutation();
  const [creating, setCreating] = useState(false);
  const [toDelete, setToDelete] = useState<Role | null>(null);

  const roleList = roles.data?.items ?? [];
  // A phone has no room for the whole matrix: it shows one role at a time.
  const narrow = useMediaQuery('(max-width: 48em)');
  const [shownRole, setShownRole] = useState<string | null>(null);
  const shown = shownRole ?? roleList[0]?.name ?? null;
  const visibleRoles = narrow ? roleList.filter((r) => r.name === shown) : roleList;
  const permissionList = permissions.data?.items ?? [];
  const both = {
    isLoading: roles.isLoading || permissions.isLoading,
    isFetching: roles.isFetching || permissions.isFetching,
    error: roles.error ?? permissions.error,
    refetch: () => {
      void roles.refetch();
      void permissions.refetch();
    },
  };

  const confirmDelete = () => {
    if (!toDelete) return;
    deleteRole(toDelete.name)
      .unwrap()
      .then(() => {
        notifySuccess(`Role ${toDelete.name} deleted.`);
        setToDelete(null);
      })
      .catch((e: unknown) => {
        notifyFailure(e);
      });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Built-in roles keep their permissions, but any role can require two-factor authentication.
          Changes apply at the role&apos;s users&apos; next request.
        </Text>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => {
            setCreating(true);
          }}
          disabled={!permissions.data}
        >
          New role
        </Button>
      </Group>
      <QueryStates
        query={both}
        loadingLabel="Loading roles"
        loadingRows={6}
        ready={!!roles.data && !!permissions.data}
        empty={roleList.length === 0 && 'No roles.'}
      >
        {narrow && (
          <Select
            label="Role"
            data={roleList.map((r) => r.name)}
            value={shown}
            onChange={setShownRole}
            allowDeselect={false}
          />
        )}
        <RoleMatrix
          roles={visibleRoles}
          permissions={permissionList}
          viewerRole={me?.role}
          minWidth={narrow ? 0 : 200 + roleList.length * 110}
          onDelete={setToDelete}
        />
      </QueryStates>
      <CreateRoleDialog
        opened={creating}
        onClose={() => {
          setCreating(false);
        }}
        permissions={permissionList}
      />
      <ConfirmDialog
        opened={toDelete !== null}
        title={`Delete role ${toDelete?.name ?? ''}?`}
        confirmLabel="Delete"
        loading={deleting.isLoading}
        onConfirm={confirmDelete}
        onCancel={() => {
          setToDelete(null);
        }}
      >
        The role goes away for good. TRAE refuses while users still have it.
      </ConfirmDialog>
    </Stack>
  );
}
