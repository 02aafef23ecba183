import { Button, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconReload } from '@tabler/icons-react';

import { ProblemAlert } from './problem-alert';

export function ListLoading({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <Stack gap="xs" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={36} />
      ))}
    </Stack>
  );
}

export function ListEmpty({ children }: { children: React.ReactNode }) {
  return (
    <Paper withBorder p="lg">
      <Text c="dimmed" ta="center">
        {children}
      </Text>
    </Paper>
  );
}

export function ListError({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  return (
    <Stack gap="xs" align="flex-start">
      <ProblemAlert error={error} />
      <Button
        size="xs"
        variant="light"
        leftSection={<IconReload size={14} aria-hidden />}
        loading={retrying}
        onClick={onRetry}
      >
        Retry
      </Button>
    </Stack>
  );
}
