import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconReload } from '@tabler/icons-react';

import { supportRequestId, type ProblemDetails } from '@/lib/problem-details';

interface SystemErrorProps {
  problem: ProblemDetails;
  onRetry: () => void;
  retrying: boolean;
}

export function SystemError({ problem, onRetry, retrying }: SystemErrorProps) {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={problem.title}
      data-testid="system-error"
    >
      <Stack gap="xs" align="flex-start">
        {problem.detail && <Text size="sm">{problem.detail}</Text>}
        {problem.status !== undefined && (
          <Text size="sm" c="dimmed">
            HTTP status {problem.status}
          </Text>
        )}
        {supportRequestId(problem) && (
          <Text size="sm" c="dimmed">
            Request id: <code>{supportRequestId(problem)}</code>
          </Text>
        )}
        <Button
          size="xs"
          variant="light"
          color="red"
          leftSection={<IconReload size={14} aria-hidden />}
          loading={retrying}
          onClick={onRetry}
        >
          Retry
        </Button>
      </Stack>
    </Alert>
  );
}
