import { Anchor, Button, Center, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate, useParams } from 'react-router';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { fieldErrors } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format-date';
import { notifySuccess } from '@/lib/notify';
import { newPasswordRules } from '@/lib/password';

import { useAcceptInvitationMutation, useGetInvitationQuery } from '../api/auth-api';
import { AuthCard } from '../components/auth-card';
import { useCompleteSignIn } from '../components/use-complete-sign-in';

/** `/invite/:token`: the invited person names themselves and picks a password. */
export function AcceptInvitationRoute() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const completeSignIn = useCompleteSignIn();
  const invitation = useGetInvitationQuery(token);
  const [accept, { isLoading, error }] = useAcceptInvitationMutation();
  const form = useForm({
    initialValues: { displayName: '', password: '', confirm: '' },
    validate: {
      displayName: (v) => (v.trim() ? null : 'Enter your name'),
      ...newPasswordRules('password', 'Choose a password'),
    },
  });

  if (invitation.isLoading) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Loading the invitation" />
      </Center>
    );
  }
  if (invitation.isError || !invitation.data) {
    const notFound =
      typeof invitation.error === 'object' && 'status' in invitation.error
        ? invitation.error.status === 404
        : false;
    return (
      <AuthCard title="Invitation">
        {notFound ? (
          <Text>
            This invitation is unknown or has expired. Ask the person who invited you for a new one.
          </Text>
        ) : (
          <ProblemAlert error={invitation.error} />
        )}
        <Anchor component={Link} to="/login">
          Go to sign in
        </Anchor>
      </AuthCard>
    );
  }

  const { role, expiresAt, email } = invitation.data;
  const submit = form.onSubmit(async ({ displayName, password }) => {
    try {
      // The answer is a login's: the new account is signed in and lands in the app.
      completeSignIn(await accept({ token, displayName: displayName.trim(), password }).unwrap());
      notifySuccess('Your account is ready and you are signed in.', 'Welcome to TRAE');
      await navigate('/', { replace: true });
    } catch (e) {
      form.setErrors(fieldErrors(e, ['displayName', 'password']));
    }
  });

  return (
    <AuthCard
      title="Join TRAE"
      description={
        <>
          You were invited as <strong>{role}</strong>. The invitation expires{' '}
          {formatDateTime(expiresAt)}.
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {error && <ProblemAlert error={error} />}
          <TextInput label="E-mail" value={email} readOnly />
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
            Create my account
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
