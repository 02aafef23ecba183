import { AppShell, Burger, Group, Progress, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, Outlet, useNavigation } from 'react-router';

import classes from './app-layout.module.css';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { navItems as defaultNavItems, type NavItem } from './nav-items';
import { NavLinks } from './nav-links';

const NAVBAR_ID = 'app-navbar';

interface AppLayoutProps {
  /** The navigation links; the app adds the ones the user may see. */
  navItems?: readonly NavItem[];
  /** Shown at the right of the header, before the colour-scheme toggle (the user menu). */
  headerActions?: ReactNode;
  /** Shown above every page (reminders). */
  banner?: ReactNode;
}

export function AppLayout({ navItems = defaultNavItems, headerActions, banner }: AppLayoutProps) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigation = useNavigation();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main-content" className={classes.skipLink}>
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={opened}
              aria-controls={NAVBAR_ID}
            />
            <Text
              component={Link}
              to="/"
              className={classes.brand}
              fw={800}
              size="xl"
              aria-label="TRAE home"
            >
              TRAE
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {headerActions}
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id={NAVBAR_ID} p="xs" aria-label="Main navigation">
        <AppShell.Section grow className={classes.navSection}>
          <NavLinks items={navItems} onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1}>
        {navigation.state === 'loading' && (
          <Progress value={100} animated size="xs" mb="sm" aria-label="Loading page" />
        )}
        {banner}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
