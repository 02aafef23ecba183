import { Button, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconReload } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import { ProblemAlert } from './problem-alert';

/** Skeleton rows while data loads, announced as busy under `label`. */
export function LoadingState({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <Stack gap="xs" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={36} />
      ))}
    </Stack>
  );
}

/** Says there is nothing to show. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="lg">
      <Text c="dimmed" ta="center">
        {children}
      </Text>
    </Paper>
  );
}

/** A failed read: the problem, and a button that asks again. */
export function ErrorState({
  error,
  onRetry,
  retrying,
  testId,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  testId?: string;
}) {
  return (
    <Stack gap="xs" align="flex-start" data-testid={testId}>
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

/** What the data states need of an RTK Query hook's result (or of several, combined). */
export interface QueryStatus {
  isLoading: boolean;
  isFetching: boolean;
  error?: unknown;
  refetch: () => unknown;
}

/**
 * The states of a read, in order: loading, failed (an error, or no data where `ready` is
 * false), empty (when `empty` is given), else the content.
 */
export function QueryStates({
  query,
  loadingLabel,
  loadingRows,
  ready = true,
  empty,
  children,
}: {
  query: QueryStatus;
  loadingLabel: string;
  loadingRows?: number;
  ready?: boolean;
  /** What to say when there is nothing to show; leave it out when there always is. */
  empty?: ReactNode;
  children: ReactNode;
}) {
  if (query.isLoading) return <LoadingState label={loadingLabel} rows={loadingRows} />;
  if (query.error || !ready) {
    return (
      <ErrorState
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (empty) return <EmptyState>{empty}</EmptyState>;
  return children;
}
