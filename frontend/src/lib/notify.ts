import { notifications } from '@mantine/notifications';

import { toProblemDetails } from './problem-details';

/** A green notification after a change went through. */
export function notifySuccess(message: string, title = 'Done') {
  notifications.show({ color: 'green', title, message });
}

/** A red notification with the problem's title, detail and request id. */
export function notifyFailure(error: unknown, fallbackTitle = 'That did not work') {
  const problem = toProblemDetails(error as Parameters<typeof toProblemDetails>[0]);
  const parts = [
    problem.detail,
    problem.requestId ? `Request id: ${problem.requestId}` : undefined,
  ];
  notifications.show({
    color: 'red',
    title: problem.title || fallbackTitle,
    message: parts.filter(Boolean).join(' — ') || fallbackTitle,
    autoClose: 10_000,
  });
}
