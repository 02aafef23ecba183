import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { EmailInput } from '@/components/forms/email-input';

import { isMfaChallenge, useLoginMutation } from '../../api/auth-api';
import { AuthCard } from '../auth-card';
import { useCompleteSignIn } from '../use-complete-sign-in';

/** Sign-in's first step: e-mail and password; a second factor, when on, comes next. */
export function PasswordStep({
  initialEmail,
  notice,
  onMfa,
  onForgot,
}: {
  initialEmail: string;
  notice: string | undefined;
  onMfa: (mfaToken: string) => void;
  onForgot: () => void;
}) {
  const [login, { isLoading, error }] = useLoginMutation();
  const completeSignIn = useCompleteSignIn();
  const form = useForm({
    initialValues: { email: initialEmail, password: '' },
    validate: {
      email: (v) => (v.trim() ? null : 'Enter your e-mail address'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const result = await login({
        email: values.email.trim(),
        password: values.password,
      }).unwrap();
      if (isMfaChallenge(result)) onMfa(result.mfaToken);
      else completeSignIn(result);
    } catch {
      form.setFieldValue('password', '');
    }
  });

  return (
    <AuthCard title="Sign in">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {notice && !error && (
            <Alert color="blue" variant="light" role="status">
              {notice}
            </Alert>
          )}
          {error && <ProblemAlert error={error} />}
          <EmailInput autoComplete="username" data-autofocus {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={isLoading}>
            Sign in
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={onForgot}>
            Forgot password?
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
