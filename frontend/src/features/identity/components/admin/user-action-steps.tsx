import { Button, Group, Select, Stack, Text } from '@mantine/core';

import { CopyField } from '@/components/forms/copy-field';
import { formatDateTime } from '@/lib/format-date';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useCreateResetLinkMutation, useUpdateUserMutation } from '../../api/admin-api';
import type { User } from '../../api/types';

/** The action on one user that waits in a dialog. */
export type Pending =
  | { kind: 'anonymise'; user: User }
  | { kind: 'reset-mfa'; user: User }
  | { kind: 'reset-link'; user: User; url?: string; expiresAt?: string }
  | { kind: 'role'; user: User };

type ResetLinkPending = Extract<Pending, { kind: 'reset-link' }>;

/** Runs an action; on success says so and closes the dialog, on failure says why. */
export function runner(onClose: () => void) {
  return (action: () => Promise<unknown>, success: string) => {
    action()
      .then(() => {
        notifySuccess(success);
        onClose();
      })
      .catch((e: unknown) => {
        notifyFailure(e);
      });
  };
}

export function ResetLinkBody({
  pending,
  who,
  onClose,
  onChange,
}: {
  pending: ResetLinkPending;
  who: string;
  onClose: () => void;
  onChange: (p: Pending) => void;
}) {
  const [createLink, { isLoading }] = useCreateResetLinkMutation();
  if (pending.url) {
    return (
      <Stack gap="sm">
        <CopyField label="Reset link" value={pending.url} testId="reset-link" />
        {pending.expiresAt && (
          <Text size="sm">It expires {formatDateTime(pending.expiresAt)}.</Text>
        )}
        <Button onClick={onClose} w="fit-content">
          Done
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm">
        Make a one-time link that lets {who} choose a new password. Give it to them over a channel
        you trust.
      </Text>
      <Button
        loading={isLoading}
        w="fit-content"
        onClick={() => {
          createLink(pending.user.id)
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
}

export function RoleBody({
  user,
  who,
  roles,
  role,
  onRole,
  onClose,
}: {
  user: User;
  who: string;
  roles: string[];
  role: string | null;
  onRole: (role: string | null) => void;
  onClose: () => void;
}) {
  const [update, { isLoading }] = useUpdateUserMutation();
  const run = runner(onClose);
  return (
    <Stack gap="sm">
      <Select
        label="Role"
        data={roles.includes(user.role) ? roles : [user.role, ...roles]}
        value={role ?? user.role}
        onChange={onRole}
        allowDeselect={false}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          loading={isLoading}
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
}
