import { Anchor, Text } from '@mantine/core';
import { useDispatch } from 'react-redux';

import { baseApi, refreshSession } from '@/lib/api/base-api';
import { sessionStore } from '@/lib/auth/session-store';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useLogoutMutation } from '../api/auth-api';
import { AuthCard } from '../components/auth-card';
import { TotpEnrolment } from '../components/totp-enrolment';

/** Forced enrolment: the user's role requires MFA, nothing else opens until it is on. */
export function EnrolMfaRoute() {
  const dispatch = useDispatch();
  const [logout] = useLogoutMutation();

  const done = async () => {
    // The current access token still says "enrolment required"; a refreshed one does not.
    const outcome = await refreshSession();
    if (outcome === 'refreshed') {
      dispatch(baseApi.util.invalidateTags(['Me']));
      notifySuccess('Two-factor authentication is on.');
    } else {
      sessionStore.signOut('signed-out');
      notifyFailure(undefined, 'Sign in again to continue');
    }
  };

  return (
    <AuthCard
      width={560}
      title="Set up two-factor authentication"
      description="Your role requires two-factor authentication. Set it up to continue."
    >
      <TotpEnrolment onDone={done} />
      <Text size="sm">
        <Anchor
          component="button"
          type="button"
          onClick={() => {
            void logout()
              .unwrap()
              .catch(() => undefined)
              .finally(() => {
                sessionStore.signOut('signed-out');
              });
          }}
        >
          Sign out
        </Anchor>
      </Text>
    </AuthCard>
  );
}
