import { Alert, Anchor } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { useGetMeQuery } from '../api/me-api';

/** Nudges owners and admins without MFA to turn it on. Closing it hides it until reload. */
export function MfaReminderBanner() {
  const { data: me } = useGetMeQuery();
  const [dismissed, setDismissed] = useState(false);
  if (!me?.mfaReminder || me.mfaEnabled || dismissed) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      mb="md"
      icon={<IconShieldLock aria-hidden />}
      title="Protect your account"
      withCloseButton
      closeButtonLabel="Dismiss the reminder"
      onClose={() => {
        setDismissed(true);
      }}
      data-testid="mfa-reminder"
    >
      Your account can change everything in TRAE.{' '}
      {/* The alert's own text colour: link blue is unreadable on the dark-scheme yellow. */}
      <Anchor component={Link} to="/settings/two-factor" c="inherit" fw={600}>
        Turn on two-factor authentication
      </Anchor>
      .
    </Alert>
  );
}
