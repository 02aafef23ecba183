import { Button, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';

export function NotFound() {
  const { pathname } = useLocation();
  return (
    <Stack gap="md" align="flex-start" maw={720}>
      <Title order={1}>Page not found</Title>
      <Text>
        There is no page at <code>{pathname}</code>. It may have moved, or the address may be
        mistyped.
      </Text>
      <Button component={Link} to="/">
        Go to the dashboard
      </Button>
    </Stack>
  );
}
