import { Button, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { CopyField } from '@/components/forms/copy-field';
import { EmailInput } from '@/components/forms/email-input';
import { fieldErrors } from '@/lib/form-errors';
import { emailAddress } from '@/lib/form-rules';
import { formatDateTime } from '@/lib/format-date';
import { notifySuccess } from '@/lib/notify';

import { useInviteUserMutation } from '../../api/admin-api';
import type { CreatedInvitation } from '../../api/types';

/** Invites someone by e-mail with a role, then shows the link (mailed too when SMTP is set). */
export function InviteDialog({
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
      email: emailAddress,
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
            <EmailInput data-autofocus {...form.getInputProps('email')} />
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
