import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

import { supportRequestId, toProblemDetails } from '@/lib/problem-details';

/** A problem shown in place: title, detail, and for server faults the request id. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const problem = toProblemDetails(error as Parameters<typeof toProblemDetails>[0]);
  const requestId = supportRequestId(problem);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? problem.title}
      role="alert"
    >
      {title && <Text size="sm">{problem.title}</Text>}
      {problem.detail && <Text size="sm">{problem.detail}</Text>}
      {problem.retryAfter !== undefined && (
        <Text size="sm">Try again in {problem.retryAfter} seconds.</Text>
      )}
      {requestId && (
        <Text size="xs" c="dimmed">
          Request id: <code>{requestId}</code>
        </Text>
      )}
    </Alert>
  );
}
