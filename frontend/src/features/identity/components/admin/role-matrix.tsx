import { Checkbox, Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data/data-table';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useUpdateRoleMutation } from '../../api/admin-api';
import type { Permission, Role } from '../../api/types';
import { RoleHeader } from './role-header';

function MatrixCell({ role, permission }: { role: Role; permission: string }) {
  const [update, { isLoading }] = useUpdateRoleMutation();
  const checked = role.permissions.includes(permission);
  return (
    <Table.Td ta="center">
      <Checkbox
        checked={checked}
        disabled={role.builtIn || isLoading}
        aria-label={`${role.name}: ${permission}`}
        style={{ display: 'inline-block' }}
        onChange={() => {
          const permissions = checked
            ? role.permissions.filter((p) => p !== permission)
            : [...role.permissions, permission];
          update({ name: role.name, permissions, mfaRequired: role.mfaRequired })
            .unwrap()
            .then(() => {
              notifySuccess(`${role.name} ${checked ? 'no longer has' : 'now has'} ${permission}.`);
            })
            .catch((e: unknown) => {
              notifyFailure(e);
            });
        }}
      />
    </Table.Td>
  );
}

/** Permissions down, roles across: a checkbox where a role has a permission. */
export function RoleMatrix({
  roles,
  permissions,
  viewerRole,
  minWidth,
  onDelete,
}: {
  roles: Role[];
  permissions: Permission[];
  viewerRole: string | undefined;
  minWidth: number;
  onDelete: (role: Role) => void;
}) {
  return (
    <DataTable
      label="Role permissions"
      minWidth={minWidth}
      withColumnBorders
      striped
      stickyHeader
      head={
        <>
          <Table.Th>Permission</Table.Th>
          {roles.map((role) => (
            <Table.Th key={role.name} ta="center" scope="col">
              <RoleHeader role={role} viewerRole={viewerRole} onDelete={onDelete} />
            </Table.Th>
          ))}
        </>
      }
    >
      {permissions.map((permission) => (
        <Table.Tr key={permission.name}>
          <Table.Th scope="row">
            <Text size="sm" ff="monospace">
              {permission.name}
            </Text>
            <Text size="xs" c="dimmed">
              {permission.description}
            </Text>
          </Table.Th>
          {roles.map((role) => (
            <MatrixCell key={role.name} role={role} permission={permission.name} />
          ))}
        </Table.Tr>
      ))}
    </DataTable>
  );
}
