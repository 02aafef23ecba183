import { Avatar, Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconLogout, IconSettings } from '@tabler/icons-react';
import { Link } from 'react-router';

import { sessionStore } from '@/lib/auth/session-store';
import { notifyFailure } from '@/lib/notify';

import { useLogoutMutation } from '../api/auth-api';
import { useGetMeQuery } from '../api/me-api';

function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase() ?? '')
      .join('') || '?'
  );
}

/** The header's account menu: who is signed in, Settings, Sign out. */
export function UserMenu() {
  const { data: me } = useGetMeQuery();
  const [logout, { isLoading }] = useLogoutMutation();
  const name = me?.displayName ?? '…';

  const signOut = async () => {
    try {
      await logout().unwrap();
    } catch (e) {
      // The token is dropped either way; say so if the server did not end the session.
      notifyFailure(e, 'Sign-out did not reach the server');
    } finally {
      sessionStore.signOut('signed-out');
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          loading={isLoading}
          leftSection={
            <Avatar size="sm" radius="xl" color="blue" aria-hidden>
              {initials(name)}
            </Avatar>
          }
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {/* Named by its content, not aria-label (which must then repeat the visible text). */}
          <VisuallyHidden component="span">Account menu for {name}</VisuallyHidden>
          <Text span size="sm" visibleFrom="xs" aria-hidden>
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {me && (
          <Menu.Label>
            {me.email} · {me.role}
          </Menu.Label>
        )}
        <Menu.Item
          component={Link}
          to="/settings"
          leftSection={<IconSettings size={16} aria-hidden />}
        >
          Settings
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void signOut()}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
