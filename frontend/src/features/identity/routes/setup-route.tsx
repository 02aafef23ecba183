import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { EmailInput } from '@/components/forms/email-input';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { fieldErrors } from '@/lib/form-errors';
import { emailAddress } from '@/lib/form-rules';
import { notifySuccess } from '@/lib/notify';
import { newPasswordRules } from '@/lib/password';

import { SETUP_CACHE_KEY, useCompleteSetupMutation } from '../api/auth-api';
import { AuthCard } from '../components/auth-card';
import { useCompleteSignIn } from '../components/use-complete-sign-in';

const FIELDS = ['email', 'displayName', 'password'] as const;

/** First run: creates the owner account. */
export function SetupRoute() {
  const navigate = useNavigate();
  const completeSignIn = useCompleteSignIn();
  const [completeSetup, { isLoading, error }] = useCompleteSetupMutation({
    fixedCacheKey: SETUP_CACHE_KEY,
  });
  const form = useForm({
    initialValues: { email: '', displayName: '', password: '', confirm: '' },
    validate: {
      email: emailAddress,
      displayName: (v) => (v.trim() ? null : 'Enter a display name'),
      ...newPasswordRules('password', 'Choose a password'),
    },
  });

  const submit = form.onSubmit(async ({ email, displayName, password }) => {
    try {
      const token = await completeSetup({
        email,
        displayName: displayName.trim(),
        password,
      }).unwrap();
      // The answer is a login's: the owner is signed in and lands in the app.
      completeSignIn(token);
      notifySuccess('You are signed in as the owner.', 'TRAE is set up');
      await navigate('/', { replace: true });
    } catch (e) {
      form.setErrors(fieldErrors(e, FIELDS));
    }
  });

  return (
    <AuthCard
      title="Set up TRAE"
      description="Create the owner account. The owner can do everything, including inviting others."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {error && <ProblemAlert error={error} />}
          <EmailInput autoComplete="email" {...form.getInputProps('email')} />
          <TextInput
            label="Display name"
            autoComplete="name"
            required
            {...form.getInputProps('displayName')}
          />
          <NewPasswordFields
            form={form}
            field="password"
            label="Password"
            confirmLabel="Confirm password"
          />
          <Button type="submit" loading={isLoading}>
            Create owner account
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
