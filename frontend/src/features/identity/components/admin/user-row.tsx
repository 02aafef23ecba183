import { ActionIcon, Badge, Group, Menu, Table, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';

import { formatDateTime } from '@/lib/format-date';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useUpdateUserMutation } from '../../api/admin-api';
import type { User, UserStatus } from '../../api/types';
import { InvitationActions } from './invitation-actions';
import type { Pending } from './user-action-steps';

const STATUS_COLORS: Record<UserStatus, string> = {
  active: 'green',
  disabled: 'gray',
  invited: 'blue',
};

function UserMenu({ user, onAction }: { user: User; onAction: (p: Pending) => void }) {
  const [update, { isLoading }] = useUpdateUserMutation();
  const toggleDisabled = () => {
    const disabled = user.status !== 'disabled';
    update({ id: user.id, disabled, version: user.version })
      .unwrap()
      .then(() => {
        notifySuccess(`${user.displayName || user.email} is ${disabled ? 'disabled' : 'enabled'}.`);
      })
      .catch((e: unknown) => {
        notifyFailure(e);
      });
  };
  const item = (
    kind: Pending['kind'],
    label: string,
    props: { disabled?: boolean; color?: string } = {},
  ) => (
    <Menu.Item
      {...props}
      onClick={() => {
        onAction({ kind, user });
      }}
    >
      {label}
    </Menu.Item>
  );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" loading={isLoading} aria-label={`Actions for ${user.email}`}>
          <IconDots size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {item('role', 'Change role')}
        <Menu.Item onClick={toggleDisabled}>
          {user.status === 'disabled' ? 'Enable' : 'Disable'}
        </Menu.Item>
        {item('reset-mfa', 'Reset two-factor', { disabled: !user.mfaEnabled })}
        {item('reset-link', 'Generate password reset link')}
        <Menu.Divider />
        {item('anonymise', 'Anonymise…', { color: 'red' })}
      </Menu.Dropdown>
    </Menu>
  );
}

/** One person in Admin → Users, with the actions their status allows. */
export function UserRow({ user, onAction }: { user: User; onAction: (p: Pending) => void }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {user.displayName || '—'}
        </Text>
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {user.email}
        </Text>
        {/* On a narrow screen role and status fold into this cell. */}
        <Group gap={4} mt={4} hiddenFrom="sm">
          <Badge color="gray" variant="outline" size="sm">
            {user.role}
          </Badge>
          <Badge color={STATUS_COLORS[user.status]} variant="light" size="sm">
            {user.status}
          </Badge>
        </Group>
      </Table.Td>
      <Table.Td visibleFrom="sm">{user.role}</Table.Td>
      <Table.Td visibleFrom="sm">
        <Badge color={STATUS_COLORS[user.status]} variant="light">
          {user.status}
        </Badge>
      </Table.Td>
      <Table.Td visibleFrom="md">
        <Badge color={user.mfaEnabled ? 'green' : 'gray'} variant="outline">
          {user.mfaEnabled ? 'On' : 'Off'}
        </Badge>
      </Table.Td>
      <Table.Td visibleFrom="md">
        {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}
      </Table.Td>
      <Table.Td>
        {user.status === 'invited' ? (
          <InvitationActions
            user={user}
            onChangeRole={() => {
              onAction({ kind: 'role', user });
            }}
          />
        ) : (
          <UserMenu user={user} onAction={onAction} />
        )}
      </Table.Td>
    </Table.Tr>
  );
}
