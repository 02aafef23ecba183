import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { fieldErrors } from '@/lib/form-errors';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { newPasswordRules } from '@/lib/password';

import { useChangePasswordMutation } from '../../api/me-api';

export function PasswordSection() {
  const [change, { isLoading, error }] = useChangePasswordMutation();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password'),
      ...newPasswordRules('newPassword', 'Choose a new password'),
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
        <NewPasswordFields
          form={form}
          field="newPassword"
          label="New password"
          confirmLabel="Confirm new password"
        />
        <Button type="submit" loading={isLoading} w="fit-content">
          Change password
        </Button>
      </Stack>
    </form>
  );
}
