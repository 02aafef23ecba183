import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';

import { notifyFailure, notifySuccess } from '@/lib/notify';

import {
  useCreateRoleMutation,
  useDeleteRoleMutation,
  useGetPermissionsQuery,
  useGetRolesQuery,
  useUpdateRoleMutation,
} from '../../api/admin-api';
import { useGetMeQuery } from '../../api/me-api';
import type { Permission, Role } from '../../api/types';
import { fieldErrors } from '../form-errors';
import { ListEmpty, ListError, ListLoading } from '../list-states';
import { ProblemAlert } from '../problem-alert';

const ROLE_NAME = /^[A-Z][A-Z0-9_-]{1,39}$/;

function CreateRoleDialog({
  opened,
  onClose,
  permissions,
}: {
  opened: boolean;
  onClose: () => void;
  permissions: Permission[];
}) {
  const [create, { isLoading, error, reset }] = useCreateRoleMutation();
  const form = useForm({
    initialValues: { name: '', permissions: [] as string[], mfaRequired: false },
    transformValues: (v) => ({ ...v, name: v.name.trim().toUpperCase() }),
    validate: {
      name: (v) =>
        ROLE_NAME.test(v.trim().toUpperCase())
          ? null
          : 'Use 2–40 letters, digits, _ or -, starting with a letter',
    },
  });
  const close = () => {
    form.reset();
    reset();
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    try {
      await create(values).unwrap();
      notifySuccess(`Role ${values.name} created.`);
      close();
    } catch (e) {
      form.setErrors(fieldErrors(e, ['name', 'permissions']));
    }
  });
  return (
    <Modal opened={opened} onClose={close} title="New role" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {error && <ProblemAlert error={error} />}
          <TextInput
            label="Name"
            description="Upper case, e.g. TRANSLATOR"
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Switch
            label="Requires two-factor authentication"
            {...form.getInputProps('mfaRequired', { type: 'checkbox' })}
          />
          <Checkbox.Group label="Permissions" {...form.getInputProps('permissions')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
              {permissions.map((p) => (
                <Checkbox key={p.name} value={p.name} label={p.name} title={p.description} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Button type="submit" loading={isLoading} w="fit-content">
            Create role
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

/** Roles only an owner may make stricter or looser (the server refuses others with 403). */
const OWNER_GUARDED = ['OWNER', 'ADMIN'];

function RoleHeader({
  role,
  viewerRole,
  onDelete,
}: {
  role: Role;
  viewerRole: string | undefined;
  onDelete: (role: Role) => void;
}) {
  const [update, { isLoading }] = useUpdateRoleMutation();
  const ownerOnly = OWNER_GUARDED.includes(role.name) && viewerRole !== 'OWNER';
  return (
    <Stack gap={4} align="center">
      <Group gap={4} wrap="nowrap">
        <Text fw={700} size="sm">
          {role.name}
        </Text>
        {!role.builtIn && (
          <Tooltip label={`Delete ${role.name}`}>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="red"
              aria-label={`Delete role ${role.name}`}
              onClick={() => {
                onDelete(role);
              }}
            >
              <IconTrash size={14} aria-hidden />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      {role.builtIn ? (
        <Badge size="xs" variant="light" color="gray">
          built-in
        </Badge>
      ) : null}
      <Switch
        size="xs"
        label="MFA"
        checked={role.mfaRequired}
        disabled={ownerOnly || isLoading}
        aria-label={`${role.name} requires MFA`}
        aria-describedby={ownerOnly ? `owner-only-${role.name}` : undefined}
        onChange={(e) => {
          const mfaRequired = e.currentTarget.checked;
          // Built-in roles keep their permissions; send only what changes.
          update(
            role.builtIn
              ? { name: role.name, mfaRequired }
              : { name: role.name, permissions: role.permissions, mfaRequired },
          )
            .unwrap()
            .then(() => {
              notifySuccess(
                `${role.name} ${mfaRequired ? 'now requires' : 'no longer requires'} two-factor.`,
              );
            })
            .catch((err: unknown) => {
              notifyFailure(err);
            });
        }}
      />
      {ownerOnly && (
        <Text id={`owner-only-${role.name}`} size="xs" c="dimmed" maw={100} ta="center" fw={400}>
          Only an owner can change this
        </Text>
      )}
    </Stack>
  );
}

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
  const loading = roles.isLoading || permissions.isLoading;
  const error = roles.error ?? permissions.error;
  const retry = () => {
    void roles.refetch();
    void permissions.refetch();
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
      {loading ? (
        <ListLoading label="Loading roles" rows={6} />
      ) : error || !roles.data || !permissions.data ? (
        <ListError
          error={error}
          onRetry={retry}
          retrying={roles.isFetching || permissions.isFetching}
        />
      ) : roleList.length === 0 ? (
        <ListEmpty>No roles.</ListEmpty>
      ) : (
        <>
          {narrow && (
            <Select
              label="Role"
              data={roleList.map((r) => r.name)}
              value={shown}
              onChange={setShownRole}
              allowDeselect={false}
            />
          )}
          <Table.ScrollContainer minWidth={narrow ? 0 : 200 + roleList.length * 110}>
            <Table aria-label="Role permissions" withColumnBorders striped stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Permission</Table.Th>
                  {visibleRoles.map((role) => (
                    <Table.Th key={role.name} ta="center" scope="col">
                      <RoleHeader role={role} viewerRole={me?.role} onDelete={setToDelete} />
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {permissionList.map((permission) => (
                  <Table.Tr key={permission.name}>
                    <Table.Th scope="row">
                      <Text size="sm" ff="monospace">
                        {permission.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {permission.description}
                      </Text>
                    </Table.Th>
                    {visibleRoles.map((role) => (
                      <MatrixCell key={role.name} role={role} permission={permission.name} />
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <CreateRoleDialog
        opened={creating}
        onClose={() => {
          setCreating(false);
        }}
        permissions={permissionList}
      />
      <Modal
        opened={toDelete !== null}
        onClose={() => {
          setToDelete(null);
        }}
        title={`Delete role ${toDelete?.name ?? ''}?`}
      >
        <Stack gap="sm">
          <Text size="sm">
            The role goes away for good. TRAE refuses while users still have it.
          </Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setToDelete(null);
              }}
            >
              Cancel
            </Button>
            <Button
              color="red"
              loading={deleting.isLoading}
              onClick={() => {
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
              }}
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
