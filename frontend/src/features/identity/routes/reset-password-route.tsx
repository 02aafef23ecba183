import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { notifySuccess } from '@/lib/notify';

import { useConfirmPasswordResetMutation } from '../api/auth-api';
import { AuthCard } from '../components/auth-card';
import { fieldErrors } from '../components/form-errors';
import { NewPasswordInput } from '../components/new-password-input';
import { ProblemAlert } from '../components/problem-alert';

/** `/reset-password?token=…`, from the e-mail or a link an administrator made. */
export function ResetPasswordRoute() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const [confirm, { isLoading, error }] = useConfirmPasswordResetMutation();
  const form = useForm({
    initialValues: { newPassword: '', confirm: '' },
    validate: {
      newPassword: (v) => (v ? null : 'Choose a password'),
      confirm: (v, values) => (v === values.newPassword ? null : 'The passwords do not match'),
    },
  });

  if (!token) {
    return (
      <AuthCard title="Reset your password">
        <Alert color="red" variant="light" role="alert">
          This link has no reset token. Open the link from the e-mail again, or ask for a new one.
        </Alert>
        <Anchor component={Link} to="/login">
          Back to sign in
        </Anchor>
      </AuthCard>
    );
  }

  const submit = form.onSubmit(async ({ newPassword }) => {
    try {
      await confirm({ token, newPassword }).unwrap();
      notifySuccess('Sign in with your new password.', 'Password changed');
      await navigate('/login', {
        replace: true,
        state: { notice: 'Your password was changed. Sign in with the new one.' },
      });
    } catch (e) {
      form.setErrors(fieldErrors(e, ['newPassword']));
    }
  });

  return (
    <AuthCard title="Choose a new password">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {error && <ProblemAlert error={error} />}
          <NewPasswordInput label="New password" required {...form.getInputProps('newPassword')} />
          <PasswordInput
            label="Confirm new password"
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={isLoading}>
            Change password
          </Button>
          <Text size="sm">
            <Anchor component={Link} to="/login">
              Back to sign in
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
