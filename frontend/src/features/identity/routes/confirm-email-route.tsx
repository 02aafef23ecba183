import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { useSession } from '@/lib/auth/use-session';

import { useConfirmEmailChangeMutation } from '../api/account-api';
import { AuthCard } from '../components/auth-card';

/**
 * `/confirm-email?token=…`, from the mail sent to the new address. Confirming takes a click, not
 * just opening the page, so a mail scanner that follows links does not change the address.
 */
export function ConfirmEmailRoute() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const session = useSession();
  const [confirm, { data, error, isLoading }] = useConfirmEmailChangeMutation();
  const onward =
    session.status === 'authenticated' ? (
      <Anchor component={Link} to="/settings">
        Back to your settings
      </Anchor>
    ) : (
      <Anchor component={Link} to="/login">
        Go to sign in
      </Anchor>
    );

  if (!token) {
    return (
      <AuthCard title="Confirm your new e-mail address">
        <Alert color="red" variant="light" role="alert">
          This link has no confirmation token. Open the link from the e-mail again.
        </Alert>
        {onward}
      </AuthCard>
    );
  }

  if (data) {
    return (
      <AuthCard title="E-mail address changed">
        <Alert color="green" variant="light" role="status">
          Your account now uses <strong>{data.email}</strong>. Sign in with it from now on.
        </Alert>
        {onward}
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Confirm your new e-mail address">
      <Stack gap="sm">
        {error && <ProblemAlert error={error} />}
        <Text size="sm">
          Your account switches to the address this mail was sent to. Your password stays the same.
        </Text>
        <Button loading={isLoading} onClick={() => void confirm({ token })}>
          Use this e-mail address
        </Button>
        {onward}
      </Stack>
    </AuthCard>
  );
}
