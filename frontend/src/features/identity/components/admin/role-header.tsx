import { ActionIcon, Badge, Group, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useUpdateRoleMutation } from '../../api/admin-api';
import type { Role } from '../../api/types';

/** Roles only an owner may make stricter or looser (the server refuses others with 403). */
const OWNER_GUARDED = ['OWNER', 'ADMIN'];

/** A role's column head: its name, delete for custom roles, and whether it requires MFA. */
export function RoleHeader({
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
