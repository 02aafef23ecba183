import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';

import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useChangePasswordMutation } from '../../api/me-api';
import { fieldErrors } from '../form-errors';
import { NewPasswordInput } from '../new-password-input';
import { ProblemAlert } from '../problem-alert';

export function PasswordSection() {
  const [change, { isLoading, error }] = useChangePasswordMutation();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password'),
      newPassword: (v) => (v ? null : 'Choose a new password'),
      confirm: (v, values) => (v === values.newPassword ? null : 'The passwords do not match'),
    },
  });
  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    try {
      await change({ currentPassword, newPassword }).unwrap();
      form.reset();
      notifySuccess('Your password was changed.');
    } catch (e) {
      form.setErrors(fieldErrors(e, ['currentPassword', 'newPassword']));
      notifyFailure(e);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        {error && <ProblemAlert error={error} />}
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordInput label="New password" required {...form.getInputProps('newPassword')} />
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          required
          {...form.getInputProps('confirm')}
        />
        <Button type="submit" loading={isLoading} w="fit-content">
          Change password
        </Button>
      </Stack>
    </form>
  );
}
