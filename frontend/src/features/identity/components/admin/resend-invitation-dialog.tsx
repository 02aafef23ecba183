import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { CopyField } from '@/components/forms/copy-field';
import { formatDateTime } from '@/lib/format-date';
import { notifyFailure } from '@/lib/notify';

import { useReissueInvitationMutation } from '../../api/admin-api';
import type { CreatedInvitation, User } from '../../api/types';

/** What a dialog about one pending invitation needs. */
export interface InvitationDialogProps {
  user: User;
  opened: boolean;
  onClose: () => void;
}

/** Makes a new invitation link (the old one dies), mailed when mail is set up, to copy here. */
export function ResendDialog({ user, opened, onClose }: InvitationDialogProps) {
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
