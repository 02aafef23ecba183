import { Stack, Tabs, Text, Title } from '@mantine/core';
import { Navigate, useNavigate, useParams } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/feedback/data-states';

import { useGetMeQuery } from '../api/me-api';
import { AuditPanel } from '../components/admin/audit-panel';
import { RolesPanel } from '../components/admin/roles-panel';
import { UsersPanel } from '../components/admin/users-panel';
import { InstanceSettingsSection } from '../components/settings/instance-settings-section';

const SECTIONS = [
  { value: 'users', label: 'Users', permission: 'users:manage' },
  { value: 'roles', label: 'Roles', permission: 'roles:manage' },
  { value: 'audit', label: 'Audit log', permission: 'audit:read' },
  { value: 'settings', label: 'Settings', permission: 'settings:manage' },
] as const;

/** `/admin/:section?`: users, roles, the audit log and settings, each behind its permission. */
export function AdminRoute() {
  const { section } = useParams();
  const navigate = useNavigate();
  const { data: me, error, isLoading, isFetching, refetch } = useGetMeQuery();

  const header = (
    <div>
      <Title order={1}>Admin</Title>
      <Text c="dimmed" size="sm">
        Users, roles, the audit log and instance settings.
      </Text>
    </div>
  );

  if (isLoading) return <LoadingState label="Loading your permissions" />;
  if (error || !me) {
    return <ErrorState error={error} onRetry={() => void refetch()} retrying={isFetching} />;
  }

  const allowed = SECTIONS.filter((s) => me.permissions.includes(s.permission));
  if (allowed.length === 0) {
    return (
      <Stack gap="md" maw={720}>
        {header}
        <EmptyState>Your role has no administration permissions.</EmptyState>
      </Stack>
    );
  }
  const current = allowed.find((s) => s.value === section);
  if (!current) return <Navigate to={`/admin/${allowed[0]?.value ?? 'users'}`} replace />;

  return (
    <Stack gap="md">
      {header}
      <Tabs
        value={current.value}
        onChange={(value) => {
          if (value) void navigate(`/admin/${value}`);
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {allowed.map((s) => (
            <Tabs.Tab key={s.value} value={s.value}>
              {s.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {allowed.map((s) => (
          <Tabs.Panel key={s.value} value={s.value}>
            {s.value === 'users' ? (
              <UsersPanel canManageRoles={me.permissions.includes('roles:manage')} />
            ) : s.value === 'roles' ? (
              <RolesPanel />
            ) : s.value === 'settings' ? (
              <InstanceSettingsSection me={me.email} />
            ) : (
              <AuditPanel canSearchUsers={me.permissions.includes('users:manage')} />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
