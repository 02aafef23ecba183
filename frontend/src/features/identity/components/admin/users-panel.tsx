import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDots, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { formatDateTime } from '@/lib/format-date';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import {
  useAnonymiseUserMutation,
  useCreateResetLinkMutation,
  useGetRolesQuery,
  useGetUsersInfiniteQuery,
  useInviteUserMutation,
  useResetUserMfaMutation,
  useUpdateUserMutation,
} from '../../api/admin-api';
import type { CreatedInvitation, User, UserStatus } from '../../api/types';
import { CopyField } from '../copy-field';
import { fieldErrors } from '../form-errors';
import { ListEmpty, ListError, ListLoading } from '../list-states';
import { ProblemAlert } from '../problem-alert';
import { InvitationActions } from './invitation-actions';

/** Roles an administrator can hand out when the role list itself is out of reach. */
const FALLBACK_ROLES = ['ADMIN', 'EDITOR', 'AUTHOR', 'VIEWER'];

function useRoleNames(canManageRoles: boolean): string[] {
  const { data } = useGetRolesQuery(undefined, { skip: !canManageRoles });
  // OWNER is not handed out through invitations or role changes.
  return data ? data.items.map((r) => r.name).filter((n) => n !== 'OWNER') : FALLBACK_ROLES;
}

const STATUS_COLORS: Record<UserStatus, string> = {
  active: 'green',
  disabled: 'gray',
  invited: 'blue',
};

function InviteDialog({
  opened,
  onClose,
  roles,
}: {
  opened: boolean;
  onClose: () => void;
  roles: string[];
}) {
  const [invite, { isLoading, error, reset }] = useInviteUserMutation();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const form = useForm({
    initialValues: { email: '', role: roles.includes('AUTHOR') ? 'AUTHOR' : (roles[0] ?? '') },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter an e-mail address'),
      role: (v) => (v ? null : 'Choose a role'),
    },
  });
  const close = () => {
    onClose();
    setCreated(null);
    form.reset();
    reset();
  };
  const submit = form.onSubmit(async ({ email, role }) => {
    try {
      setCreated(await invite({ email: email.trim(), role }).unwrap());
      notifySuccess(`${email.trim()} is invited.`);
    } catch (e) {
      form.setErrors(fieldErrors(e, ['email', 'role']));
    }
  });
  return (
    <Modal opened={opened} onClose={close} title="Invite a user" size="lg">
      {created ? (
        <Stack gap="sm">
          <Text size="sm">
            {created.emailed
              ? `An e-mail with this link went to ${created.email}.`
              : `No e-mail was sent. Give ${created.email} this link yourself.`}{' '}
            It expires {formatDateTime(created.expiresAt)}.
          </Text>
          <CopyField label="Invitation link" value={created.inviteUrl} testId="invite-link" />
          <Button onClick={close} w="fit-content">
            Done
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {error && <ProblemAlert error={error} />}
            <TextInput
              label="E-mail"
              type="email"
              required
              data-autofocus
              {...form.getInputProps('email')}
            />
            <Select
              label="Role"
              data={roles}
              required
              allowDeselect={false}
              {...form.getInputProps('role')}
            />
            <Button type="submit" loading={isLoading} w="fit-content">
              Send invitation
            </Button>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

type Pending =
  | { kind: 'anonymise'; user: User }
  | { kind: 'reset-mfa'; user: User }
  | { kind: 'reset-link'; user: User; url?: string; expiresAt?: string }
  | { kind: 'role'; user: User };

function UserRow({ user, onAction }: { user: User; onAction: (p: Pending) => void }) {
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
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                loading={isLoading}
                aria-label={`Actions for ${user.email}`}
              >
                <IconDots size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                onClick={() => {
                  onAction({ kind: 'role', user });
                }}
              >
                Change role
              </Menu.Item>
              <Menu.Item onClick={toggleDisabled}>
                {user.status === 'disabled' ? 'Enable' : 'Disable'}
              </Menu.Item>
              <Menu.Item
                disabled={!user.mfaEnabled}
                onClick={() => {
                  onAction({ kind: 'reset-mfa', user });
                }}
              >
                Reset two-factor
              </Menu.Item>
              <Menu.Item
                onClick={() => {
                  onAction({ kind: 'reset-link', user });
                }}
              >
                Generate password reset link
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item
                color="red"
                onClick={() => {
                  onAction({ kind: 'anonymise', user });
                }}
              >
                Anonymise…
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function ActionDialog({
  pending,
  roles,
  onClose,
  onChange,
}: {
  pending: Pending | null;
  roles: string[];
  onClose: () => void;
  onChange: (p: Pending) => void;
}) {
  const [anonymise, anonymising] = useAnonymiseUserMutation();
  const [resetMfa, resettingMfa] = useResetUserMfaMutation();
  const [createLink, creatingLink] = useCreateResetLinkMutation();
  const [update, updating] = useUpdateUserMutation();
  const [role, setRole] = useState<string | null>(null);

  if (!pending) return <Modal opened={false} onClose={onClose} title="" />;
  const { user } = pending;
  const who = user.displayName || user.email;
  const run = (action: () => Promise<unknown>, success: string) => {
    action()
      .then(() => {
        notifySuccess(success);
        onClose();
      })
      .catch((e: unknown) => {
        notifyFailure(e);
      });
  };

  let title = '';
  let body: React.ReactNode = null;
  switch (pending.kind) {
    case 'anonymise':
      title = `Anonymise ${who}?`;
      body = (
        <Stack gap="sm">
          <Text size="sm">
            This removes {user.email}&apos;s name and e-mail for good and ends their sessions. The
            audit log keeps a pseudonym. It cannot be undone.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={anonymising.isLoading}
              onClick={() => {
                run(() => anonymise(user.id).unwrap(), `${who} is anonymised.`);
              }}
            >
              Anonymise
            </Button>
          </Group>
        </Stack>
      );
      break;
    case 'reset-mfa':
      title = `Reset two-factor for ${who}?`;
      body = (
        <Stack gap="sm">
          <Text size="sm">
            They sign in with their password alone and, if their role requires it, must set up
            two-factor again.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={resettingMfa.isLoading}
              onClick={() => {
                run(() => resetMfa(user.id).unwrap(), `Two-factor reset for ${who}.`);
              }}
            >
              Reset two-factor
            </Button>
          </Group>
        </Stack>
      );
      break;
    case 'reset-link':
      title = `Password reset link for ${who}`;
      body = pending.url ? (
        <Stack gap="sm">
          <CopyField label="Reset link" value={pending.url} testId="reset-link" />
          {pending.expiresAt && (
            <Text size="sm">It expires {formatDateTime(pending.expiresAt)}.</Text>
          )}
          <Button onClick={onClose} w="fit-content">
            Done
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            Make a one-time link that lets {who} choose a new password. Give it to them over a
            channel you trust.
          </Text>
          <Button
            loading={creatingLink.isLoading}
            w="fit-content"
            onClick={() => {
              createLink(user.id)
                .unwrap()
                .then(({ resetUrl, expiresAt }) => {
                  onChange({ ...pending, url: resetUrl, expiresAt });
                })
                .catch((e: unknown) => {
                  notifyFailure(e);
                });
            }}
          >
            Generate link
          </Button>
        </Stack>
      );
      break;
    case 'role':
      title = `Change the role of ${who}`;
      body = (
        <Stack gap="sm">
          <Select
            label="Role"
            data={roles.includes(user.role) ? roles : [user.role, ...roles]}
            value={role ?? user.role}
            onChange={setRole}
            allowDeselect={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              loading={updating.isLoading}
              disabled={!role || role === user.role}
              onClick={() => {
                if (role)
                  run(
                    () => update({ id: user.id, role, version: user.version }).unwrap(),
                    `${who} is now ${role}.`,
                  );
              }}
            >
              Save role
            </Button>
          </Group>
        </Stack>
      );
      break;
  }
  return (
    <Modal
      opened
      onClose={() => {
        setRole(null);
        onClose();
      }}
      title={title}
    >
      {body}
    </Modal>
  );
}

export function UsersPanel({ canManageRoles }: { canManageRoles: boolean }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const {
    data,
    error,
    isLoading,
    isFetching,
    isFetchingNextPage,
    hasNextPage,
    fetchNextPage,
    refetch,
  } = useGetUsersInfiniteQuery(q);
  const roles = useRoleNames(canManageRoles);
  const [inviting, setInviting] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const users = data?.pages.flatMap((p) => p.items) ?? [];

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
      {isLoading ? (
        <ListLoading label="Loading users" rows={5} />
      ) : error ? (
        <ListError error={error} onRetry={() => void refetch()} retrying={isFetching} />
      ) : users.length === 0 ? (
        <ListEmpty>{q ? `No users match “${q}”.` : 'No users yet.'}</ListEmpty>
      ) : (
        <>
          <Table.ScrollContainer minWidth={300}>
            <Table aria-label="Users" striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>User</Table.Th>
                  <Table.Th visibleFrom="sm">Role</Table.Th>
                  <Table.Th visibleFrom="sm">Status</Table.Th>
                  <Table.Th visibleFrom="md">Two-factor</Table.Th>
                  <Table.Th visibleFrom="md">Last sign-in</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.map((user) => (
                  <UserRow key={user.id} user={user} onAction={setPending} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {hasNextPage && (
            <Button
              variant="default"
              loading={isFetchingNextPage}
              onClick={() => void fetchNextPage()}
              w="fit-content"
            >
              Load more
            </Button>
          )}
        </>
      )}
      <InviteDialog
        opened={inviting}
        onClose={() => {
          setInviting(false);
        }}
        roles={roles}
      />
      <ActionDialog
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
