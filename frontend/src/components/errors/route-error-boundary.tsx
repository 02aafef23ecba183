import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

import { NotFound } from './not-found';

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  if (error instanceof Error) return error.message;
  return 'An unexpected error occurred.';
}

/**
 * Catches errors thrown while loading or rendering a page, including a page chunk that no
 * longer exists after an upgrade (a reload fetches the new one).
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;

  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>Something went wrong</Title>
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title="This page could not be shown"
      >
        <Text size="sm">{describe(error)}</Text>
      </Alert>
      <Group>
        <Button
          onClick={() => {
            window.location.reload();
          }}
        >
          Reload the page
        </Button>
        <Button component={Link} to="/" variant="default">
          Go to the dashboard
        </Button>
      </Group>
    </Stack>
  );
}
