import { AppShell, Burger, Group, Progress, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useNavigation } from 'react-router';

import classes from './app-layout.module.css';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { NavLinks } from './nav-links';

const NAVBAR_ID = 'app-navbar';

export function AppLayout() {
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
          <ColorSchemeToggle />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id={NAVBAR_ID} p="xs" aria-label="Main navigation">
        <AppShell.Section grow className={classes.navSection}>
          <NavLinks onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1}>
        {navigation.state === 'loading' && (
          <Progress value={100} animated size="xs" mb="sm" aria-label="Loading page" />
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
