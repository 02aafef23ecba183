import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';

import { ErrorState } from '@/components/feedback/data-states';

import { useGetSystemInfoQuery } from '../api/system-api';
import { SystemDetails } from '../components/system-details';

function SystemSkeleton() {
  return (
    <Paper withBorder p="md" aria-busy="true" aria-label="Loading system information">
      <Skeleton height={28} width="40%" mb="md" />
      {Array.from({ length: 7 }, (_, i) => (
        <Skeleton key={i} height={18} mb="sm" />
      ))}
    </Paper>
  );
}

export function SystemRoute() {
  const { data, error, isLoading, isFetching, isError, refetch } = useGetSystemInfoQuery();
  const retry = () => {
    void refetch();
  };

  return (
    <Stack gap="md" maw={900}>
      <Group justify="space-between" align="center">
        <div>
          <Title order={1}>System</Title>
          <Text c="dimmed" size="sm">
            Health, version and runtime of this TRAE instance.
          </Text>
        </div>
        <Button
          variant="default"
          leftSection={<IconRefresh size={16} aria-hidden />}
          onClick={retry}
          loading={isFetching}
          disabled={isLoading}
        >
          Refresh
        </Button>
      </Group>

      <div aria-live="polite">
        {isLoading ? (
          <SystemSkeleton />
        ) : isError ? (
          <ErrorState error={error} onRetry={retry} retrying={isFetching} testId="system-error" />
        ) : data ? (
          <SystemDetails info={data} />
        ) : null}
      </div>
    </Stack>
  );
}
