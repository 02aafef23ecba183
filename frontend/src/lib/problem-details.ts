import type { SerializedError } from '@reduxjs/toolkit';
import type { FetchBaseQueryError } from '@reduxjs/toolkit/query';

/** One invalid field, as the backend lists them in a validation problem. */
export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem details body, with the backend's extensions (requestId, errors). */
export interface ProblemDetails {
  type: string;
  title: string;
  status?: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors: FieldError[];
  /** Seconds to wait before trying again (from a 429's `Retry-After`). */
  retryAfter?: number;
}

export const PROBLEM_JSON = 'application/problem+json';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): FieldError[] => {
    if (!isRecord(entry)) return [];
    const message = optionalString(entry.message);
    if (message === undefined) return [];
    return [{ field: optionalString(entry.field) ?? '', message }];
  });
}

/**
 * Reads a problem details body. Returns undefined when the body is not one
 * (not an object, or carries none of the problem members).
 */
export function parseProblemDetails(body: unknown): ProblemDetails | undefined {
  if (!isRecord(body)) return undefined;
  const title = optionalString(body.title);
  const type = optionalString(body.type);
  const status = typeof body.status === 'number' ? body.status : undefined;
  const detail = optionalString(body.detail);
  if (title === undefined && type === undefined && status === undefined && detail === undefined) {
    return undefined;
  }
  return {
    // RFC 9457: an absent type means "about:blank", whose title is the HTTP status phrase.
    type: type ?? 'about:blank',
    title: title ?? (status !== undefined ? statusTitle(status) : 'Something went wrong'),
    status,
    detail,
    instance: optionalString(body.instance),
    requestId: optionalString(body.requestId),
    errors: parseFieldErrors(body.errors),
    ...(typeof body.retryAfter === 'number' ? { retryAfter: body.retryAfter } : {}),
  };
}

/**
 * The request id worth showing: only for server faults (5xx), where support needs it to find
 * the log entry. A 4xx is the user's to fix; an id there is noise.
 */
export function supportRequestId(problem: ProblemDetails): string | undefined {
  if (problem.status !== undefined && problem.status < 500) return undefined;
  return problem.requestId;
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function statusTitle(status: number): string {
  return STATUS_TITLES[status] ?? `HTTP ${status}`;
}

function isFetchBaseQueryError(error: unknown): error is FetchBaseQueryError {
  return isRecord(error) && 'status' in error;
}

/**
 * Turns whatever an RTK Query hook reports as `error` into problem details the UI can show:
 * a problem body from the server, a non-problem HTTP error, a network failure or a timeout.
 */
export function toProblemDetails(
  error: FetchBaseQueryError | SerializedError | undefined,
): ProblemDetails {
  if (isFetchBaseQueryError(error)) {
    const { status } = error;
    if (typeof status === 'number') {
      const parsed = parseProblemDetails(error.data);
      if (parsed) return { ...parsed, status: parsed.status ?? status };
      return { type: 'about:blank', title: statusTitle(status), status, errors: [] };
    }
    switch (status) {
      case 'FETCH_ERROR':
        return {
          type: 'about:blank',
          title: 'Cannot reach the server',
          detail: 'Check that TRAE is running and your network connection, then try again.',
          errors: [],
        };
      case 'TIMEOUT_ERROR':
        return {
          type: 'about:blank',
          title: 'The server took too long to answer',
          detail: error.error,
          errors: [],
        };
      case 'PARSING_ERROR': {
        const parsed = parseProblemDetails(error.data);
        return (
          parsed ?? {
            type: 'about:blank',
            title: statusTitle(error.originalStatus),
            status: error.originalStatus,
            detail: 'The server sent an answer that could not be read.',
            errors: [],
          }
        );
      }
      case 'CUSTOM_ERROR':
        return (
          parseProblemDetails(error.data) ?? {
            type: 'about:blank',
            title: 'Something went wrong',
            detail: error.error,
            errors: [],
          }
        );
    }
  }
  return {
    type: 'about:blank',
    title: 'Something went wrong',
    detail: error?.message,
    errors: [],
  };
}
