import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { EmailInput } from '@/components/forms/email-input';
import { emailAddress } from '@/lib/form-rules';

import { useRequestPasswordResetMutation } from '../../api/auth-api';
import { AuthCard, BackToSignIn } from '../auth-card';

/** Asks for a password reset link; the answer never tells whether the account exists. */
export function ForgotPassword({ onBack }: { onBack: () => void }) {
  const [request, { data, isLoading, error }] = useRequestPasswordResetMutation();
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: emailAddress },
  });
  const submit = form.onSubmit(async ({ email }) => {
    try {
      await request({ email: email.trim() }).unwrap();
    } catch {
      // Shown by the alert below.
    }
  });

  return (
    <AuthCard
      title="Reset your password"
      description="Enter the e-mail address of your account to get a link for choosing a new password."
    >
      {data ? (
        <Stack gap="sm">
          {/* The same answer for every address: it never tells whether an account exists. */}
          {data.mailConfigured ? (
            <Alert color="green" variant="light" role="status">
              If an account exists for that address, a reset link is on its way. The link works for
              a limited time.
            </Alert>
          ) : (
            <Alert color="yellow" variant="light" role="status" title="No e-mail will arrive">
              This server is not set up to send e-mail, so no reset link can be mailed. Ask an
              administrator: they can create a password reset link for you under Admin → Users.
            </Alert>
          )}
          <Button variant="default" onClick={onBack}>
            Back to sign in
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {error && <ProblemAlert error={error} />}
            <EmailInput autoComplete="email" {...form.getInputProps('email')} />
            <Button type="submit" loading={isLoading}>
              Send reset link
            </Button>
            <BackToSignIn onBack={onBack} />
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
