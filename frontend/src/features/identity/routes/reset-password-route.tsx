import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { fieldErrors } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';
import { newPasswordRules } from '@/lib/password';

import { useConfirmPasswordResetMutation } from '../api/auth-api';
import { AuthCard, BackToSignIn } from '../components/auth-card';

/** `/reset-password?token=…`, from the e-mail or a link an administrator made. */
export function ResetPasswordRoute() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const [confirm, { isLoading, error }] = useConfirmPasswordResetMutation();
  const form = useForm({
    initialValues: { newPassword: '', confirm: '' },
    validate: newPasswordRules('newPassword', 'Choose a password'),
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
          <NewPasswordFields
            form={form}
            field="newPassword"
            label="New password"
            confirmLabel="Confirm new password"
          />
          <Button type="submit" loading={isLoading}>
            Change password
          </Button>
          <BackToSignIn />
        </Stack>
      </form>
    </AuthCard>
  );
}
