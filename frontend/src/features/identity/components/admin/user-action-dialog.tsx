import { Modal } from '@mantine/core';
import { useState, type ReactNode } from 'react';

import { ConfirmActions } from '@/components/feedback/confirm-dialog';

import { useAnonymiseUserMutation, useResetUserMfaMutation } from '../../api/admin-api';
import { ResetLinkBody, RoleBody, runner, type Pending } from './user-action-steps';

/** The dialog of the pending user action: confirmations, the reset link, the role change. */
export function UserActionDialog({
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
  const [role, setRole] = useState<string | null>(null);

  if (!pending) return <Modal opened={false} onClose={onClose} title="" />;
  const { user } = pending;
  const who = user.displayName || user.email;
  const run = runner(onClose);

  let title: string;
  let body: ReactNode;
  switch (pending.kind) {
    case 'anonymise':
      title = `Anonymise ${who}?`;
      body = (
        <ConfirmActions
          confirmLabel="Anonymise"
          loading={anonymising.isLoading}
          onCancel={onClose}
          onConfirm={() => {
            run(() => anonymise(user.id).unwrap(), `${who} is anonymised.`);
          }}
        >
          This removes {user.email}&apos;s name and e-mail for good and ends their sessions. The
          audit log keeps a pseudonym. It cannot be undone.
        </ConfirmActions>
      );
      break;
    case 'reset-mfa':
      title = `Reset two-factor for ${who}?`;
      body = (
        <ConfirmActions
          confirmLabel="Reset two-factor"
          loading={resettingMfa.isLoading}
          onCancel={onClose}
          onConfirm={() => {
            run(() => resetMfa(user.id).unwrap(), `Two-factor reset for ${who}.`);
          }}
        >
          They sign in with their password alone and, if their role requires it, must set up
          two-factor again.
        </ConfirmActions>
      );
      break;
    case 'reset-link':
      title = `Password reset link for ${who}`;
      body = <ResetLinkBody pending={pending} who={who} onClose={onClose} onChange={onChange} />;
      break;
    case 'role':
      title = `Change the role of ${who}`;
      body = (
        <RoleBody
          user={user}
          who={who}
          roles={roles}
          role={role}
          onRole={setRole}
          onClose={onClose}
        />
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
