import { Anchor, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { SiteName } from './site-name';

interface AuthCardProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  width?: number;
}

/** The centred card of the pages outside the shell: setup, login, invitation, reset. */
export function AuthCard({ title, description, children, width = 420 }: AuthCardProps) {
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={width}>
        <Stack gap="md">
          <Text fw={800} size="xl" aria-hidden>
            <SiteName />
          </Text>
          <div>
            <Title order={1} size="h2">
              {title}
            </Title>
            {description && (
              <Text c="dimmed" size="sm" mt={4}>
                {description}
              </Text>
            )}
          </div>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

/** The way back to the sign-in page under a form: a link, or `onBack` within the login page. */
export function BackToSignIn({ onBack }: { onBack?: () => void }) {
  return (
    <Text size="sm">
      {onBack ? (
        <Anchor component="button" type="button" onClick={onBack}>
          Back to sign in
        </Anchor>
      ) : (
        <Anchor component={Link} to="/login">
          Back to sign in
        </Anchor>
      )}
    </Text>
  );
}
