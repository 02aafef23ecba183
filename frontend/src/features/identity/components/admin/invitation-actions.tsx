import { ActionIcon, Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';

import { formatDateTime } from '@/lib/format-date';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useReissueInvitationMutation, useWithdrawInvitationMutation } from '../../api/admin-api';
import type { CreatedInvitation, User } from '../../api/types';
import { CopyField } from '../copy-field';

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

function ResendDialog({
  user,
  opened,
  onClose,
}: {
  user: User;
  opened: boolean;
  onClose: () => void;
}) {
  const [reissue, { isLoading, reset }] = useReissueInvitationMutation();
  const [issued, setIssued] = useState<CreatedInvitation | null>(null);
  const close = () => {
    setIssued(null);
    reset();
    onClose();
  };
  const make = () => {
    reissue(user.id)
      .unwrap()
      .then(setIssued)
      .catch((e: unknown) => {
        notifyFailure(e);
      });
  };
  return (
    <Modal opened={opened} onClose={close} title={`Invitation link for ${user.email}`}>
      {issued ? (
        <Stack gap="sm">
          <Text size="sm">
            {issued.emailed
              ? `An e-mail with this new link went to ${issued.email}.`
              : `No e-mail was sent. Give ${issued.email} this link yourself.`}{' '}
            It expires {formatDateTime(issued.expiresAt)}; the earlier link no longer works.
          </Text>
          <CopyField
            label="Invitation link"
            value={issued.inviteUrl}
            testId="reissued-invite-link"
          />
          <Button onClick={close} w="fit-content">
            Done
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            TRAE keeps no copy of the link it sent, so this makes a new one, valid for seven days.
            The earlier link stops working. When mail is set up, the new link is e-mailed to{' '}
            {user.email}; either way you can copy it here.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button loading={isLoading} onClick={make}>
              Make a new link
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function WithdrawDialog({
  user,
  opened,
  onClose,
}: {
  user: User;
  opened: boolean;
  onClose: () => void;
}) {
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
    <Modal opened={opened} onClose={onClose} title={`Withdraw the invitation for ${user.email}?`}>
      <Stack gap="sm">
        <Text size="sm">
          The invitation link stops working and the account is removed, so {user.email} can be
          invited again later.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={isLoading} onClick={confirm}>
            Withdraw invitation
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
