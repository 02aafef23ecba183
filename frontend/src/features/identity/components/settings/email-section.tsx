import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailForward } from '@tabler/icons-react';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { fieldErrors } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format-date';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import {
  useCancelEmailChangeMutation,
  useGetEmailChangeQuery,
  useRequestEmailChangeMutation,
} from '../../api/account-api';
import type { Me } from '../../api/types';

function PendingChange({ newEmail, expiresAt }: { newEmail: string; expiresAt?: string }) {
  const [cancel, { isLoading }] = useCancelEmailChangeMutation();
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconMailForward aria-hidden />}
      title="Waiting for confirmation"
      data-testid="pending-email-change"
    >
      <Stack gap="xs">
        <Text size="sm">
          We sent a link to <strong>{newEmail}</strong>. Your address changes when you open it
          {expiresAt ? ` (before ${formatDateTime(expiresAt)})` : ''}; until then you keep signing
          in with your current address.
        </Text>
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          loading={isLoading}
          onClick={() => {
            cancel()
              .unwrap()
              .then(() => {
                notifySuccess('The e-mail change was withdrawn.');
              })
              .catch(notifyFailure);
          }}
        >
          Withdraw the change
        </Button>
      </Stack>
    </Alert>
  );
}

/** Settings → Profile: change the e-mail address, confirmed by a link sent to the new one. */
export function EmailSection({ me }: { me: Me }) {
  const { data: pending } = useGetEmailChangeQuery();
  const [request, { isLoading, error }] = useRequestEmailChangeMutation();
  const form = useForm({
    initialValues: { newEmail: '', currentPassword: '' },
    validate: {
      newEmail: (v) =>
        !/^\S+@\S+\.\S+$/.test(v.trim())
          ? 'Enter an e-mail address'
          : v.trim().toLowerCase() === me.email.toLowerCase()
            ? 'This is already your address'
            : null,
      currentPassword: (v) => (v ? null : 'Enter your current password'),
    },
  });
  const submit = form.onSubmit(async ({ newEmail, currentPassword }) => {
    try {
      await request({ newEmail: newEmail.trim(), currentPassword }).unwrap();
      form.reset();
      notifySuccess(`Open the link we sent to ${newEmail.trim()} to finish.`, 'Check your inbox');
    } catch (e) {
      form.setErrors(fieldErrors(e, ['newEmail', 'currentPassword']));
    }
  });
  return (
    <Stack gap="sm" maw={420}>
      <Title order={2} size="h4">
        E-mail address
      </Title>
      {pending?.newEmail && (
        <PendingChange newEmail={pending.newEmail} expiresAt={pending.expiresAt} />
      )}
      <form onSubmit={submit} noValidate aria-label="Change e-mail address">
        <Stack gap="sm">
          {error && <ProblemAlert error={error} />}
          <TextInput
            label="New e-mail address"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('newEmail')}
          />
          <PasswordInput
            label="Current password"
            description="To confirm it is you"
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <Group>
            <Button type="submit" loading={isLoading}>
              Send confirmation link
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
