import { ActionIcon, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';

import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useWithdrawInvitationMutation } from '../../api/admin-api';
import type { User } from '../../api/types';
import { ResendDialog, type InvitationDialogProps } from './resend-invitation-dialog';

type Dialog = 'resend' | 'withdraw' | null;

/**
 * The actions of a pending invitation in Admin → Users. Only a hash of a link is kept, so
 * "copy the link" means making a new one (mailed too when mail is set up); the old link dies.
 */
export function InvitationActions({
  user,
  onChangeRole,
}: {
  user: User;
  onChangeRole: () => void;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => {
    setDialog(null);
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" aria-label={`Actions for ${user.email}`}>
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            onClick={() => {
              setDialog('resend');
            }}
          >
            Resend or copy invitation link…
          </Menu.Item>
          <Menu.Item onClick={onChangeRole}>Change role</Menu.Item>
          <Menu.Divider />
          <Menu.Item
            color="red"
            onClick={() => {
              setDialog('withdraw');
            }}
          >
            Withdraw invitation…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ResendDialog user={user} opened={dialog === 'resend'} onClose={close} />
      <WithdrawDialog user={user} opened={dialog === 'withdraw'} onClose={close} />
    </>
  );
}

function WithdrawDialog({ user, opened, onClose }: InvitationDialogProps) {
  const [withdraw, { isLoading }] = useWithdrawInvitationMutation();
  const confirm = () => {
    withdraw(user.id)
      .unwrap()
      .then(() => {
        notifySuccess(`The invitation for ${user.email} is withdrawn.`);
        onClose();
      })
      .catch((e: unknown) => {
        notifyFailure(e);
      });
  };
  return (
    <ConfirmDialog
      opened={opened}
      title={`Withdraw the invitation for ${user.email}?`}
      confirmLabel="Withdraw invitation"
      loading={isLoading}
      onConfirm={confirm}
      onCancel={onClose}
    >
      The invitation link stops working and the account is removed, so {user.email} can be invited
      again later.
    </ConfirmDialog>
  );
}
