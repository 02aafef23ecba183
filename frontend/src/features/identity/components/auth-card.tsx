import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

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
