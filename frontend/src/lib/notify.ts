import { notifications } from '@mantine/notifications';

import { supportRequestId, toProblemDetails } from './problem-details';

/** A green notification after a change went through. */
export function notifySuccess(message: string, title = 'Done') {
  notifications.show({ color: 'green', title, message });
}

/** A red notification with the problem's title, detail and (server faults) request id. */
export function notifyFailure(error: unknown, fallbackTitle = 'That did not work') {
  const problem = toProblemDetails(error as Parameters<typeof toProblemDetails>[0]);
  const requestId = supportRequestId(problem);
  const parts = [problem.detail, requestId ? `Request id: ${requestId}` : undefined];
  notifications.show({
    color: 'red',
    title: problem.title || fallbackTitle,
    message: parts.filter(Boolean).join(' — ') || fallbackTitle,
    autoClose: 10_000,
  });
}
