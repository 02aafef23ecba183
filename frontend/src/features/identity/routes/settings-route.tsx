import { Stack, Tabs, Text, Title } from '@mantine/core';
import { Navigate, useNavigate, useParams } from 'react-router';

import { ErrorState, LoadingState } from '@/components/feedback/data-states';

import { useGetMeQuery } from '../api/me-api';
import { DataExportSection } from '../components/settings/data-export-section';
import { EmailSection } from '../components/settings/email-section';
import { PasswordSection } from '../components/settings/password-section';
import { ProfileSection } from '../components/settings/profile-section';
import { RegenerateRecoveryCodes } from '../components/settings/regenerate-recovery-codes';
import { SessionsSection } from '../components/settings/sessions-section';
import { TokensSection } from '../components/settings/tokens-section';
import { TwoFactorSection } from '../components/settings/two-factor-section';

const TABS = [
  { value: 'profile', label: 'Profile' },
  { value: 'password', label: 'Password' },
  { value: 'two-factor', label: 'Two-factor' },
  { value: 'sessions', label: 'Sessions' },
  { value: 'tokens', label: 'API tokens' },
] as const;

type Tab = (typeof TABS)[number]['value'];

/** `/settings/:tab?`: the signed-in user's own account. */
export function SettingsRoute() {
  const { tab = 'profile' } = useParams();
  const navigate = useNavigate();
  const { data: me, error, isLoading, isFetching, refetch } = useGetMeQuery();

  if (!TABS.some((t) => t.value === tab)) return <Navigate to="/settings" replace />;

  return (
    <Stack gap="md" maw={1000}>
      <div>
        <Title order={1}>Settings</Title>
        <Text c="dimmed" size="sm">
          Your profile, sign-in and access.
        </Text>
      </div>
      {isLoading ? (
        <LoadingState label="Loading your account" />
      ) : error || !me ? (
        <ErrorState error={error} onRetry={() => void refetch()} retrying={isFetching} />
      ) : (
        <Tabs
          value={tab}
          onChange={(value) => {
            if (value) void navigate(value === 'profile' ? '/settings' : `/settings/${value}`);
          }}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            {TABS.map((t) => (
              <Tabs.Tab key={t.value} value={t.value}>
                {t.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value={'profile' satisfies Tab}>
            <Stack gap="xl">
              <ProfileSection me={me} />
              <EmailSection me={me} />
              <DataExportSection />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value={'password' satisfies Tab}>
            <PasswordSection />
          </Tabs.Panel>
          <Tabs.Panel value={'two-factor' satisfies Tab}>
            <Stack gap="xl">
              <TwoFactorSection me={me} />
              {me.mfaEnabled && <RegenerateRecoveryCodes />}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value={'sessions' satisfies Tab}>
            <SessionsSection />
          </Tabs.Panel>
          <Tabs.Panel value={'tokens' satisfies Tab}>
            <TokensSection me={me} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
