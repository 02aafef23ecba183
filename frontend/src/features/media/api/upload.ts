import { API_BASE_URL, refreshSession } from '@/lib/api/base-api';
import { sessionStore } from '@/lib/auth/session-store';
import { toProblemDetails, type ProblemDetails } from '@/lib/problem-details';

import type { MediaFile } from './types';

/**
 * The largest upload docs/media-api.md declares (`TRAE_MEDIA_MAX_UPLOAD_SIZE`, 50 MB unless
 * changed). A larger file is refused here, before a byte is sent; a server set lower still
 * answers 413, shown the same way.
 */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export type UploadOutcome =
  | { kind: 'done'; media: MediaFile; created: boolean }
  | { kind: 'failed'; problem: ProblemDetails }
  | { kind: 'cancelled' };

export interface UploadHandle {
  outcome: Promise<UploadOutcome>;
  cancel: () => void;
}

interface Answer {
  status: number;
  body: unknown;
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The readable failure of a non-2xx answer, a problem body or not (a proxy's HTML 413). */
function failureOf(answer: Answer): ProblemDetails {
  const problem = toProblemDetails({ status: answer.status, data: answer.body });
  if (answer.status === 413 && !problem.detail) {
    return { ...problem, detail: 'The file is larger than the server accepts.' };
  }
  return problem;
}

const unreachable = () => toProblemDetails({ status: 'FETCH_ERROR', error: 'upload failed' });

/**
 * `POST /media` through XMLHttpRequest, the one browser API that reports upload progress
 * (fetch has none). It sends the in-memory access token as the base query does and, like it,
 * refreshes the session once on a 401 and sends again.
 */
export function uploadMedia(
  file: File,
  onProgress: (loaded: number, total: number) => void,
): UploadHandle {
  let current: { xhr: XMLHttpRequest; settle: (a: 'aborted') => void } | null = null;
  let cancelled = false;

  const send = () =>
    new Promise<Answer | 'network' | 'aborted'>((resolve) => {
      const xhr = new XMLHttpRequest();
      // Settled here too: not every XMLHttpRequest fires `abort` for a request not yet answered.
      current = { xhr, settle: resolve };
      xhr.open('POST', `${API_BASE_URL}/media`);
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      const token = sessionStore.getAccessToken();
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (event) => {
        onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
      };
      xhr.onload = () => {
        resolve({ status: xhr.status, body: parseBody(xhr.responseText) });
      };
      xhr.onerror = () => {
        resolve('network');
      };
      xhr.onabort = () => {
        resolve('aborted');
      };
      const body = new FormData();
      body.append('file', file, file.name);
      xhr.send(body);
    });

  const run = async (): Promise<UploadOutcome> => {
    const usedToken = sessionStore.getAccessToken();
    let answer = await send();
    if (answer !== 'network' && answer !== 'aborted' && answer.status === 401 && usedToken) {
      const outcome = await refreshSession();
      if (outcome === 'rejected') sessionStore.signOut('expired');
      if (outcome === 'refreshed' && !cancelled) {
        onProgress(0, file.size);
        answer = await send();
      }
    }
    if (cancelled || answer === 'aborted') return { kind: 'cancelled' };
    if (answer === 'network') return { kind: 'failed', problem: unreachable() };
    if (answer.status === 200 || answer.status === 201) {
      return { kind: 'done', media: answer.body as MediaFile, created: answer.status === 201 };
    }
    return { kind: 'failed', problem: failureOf(answer) };
  };

  return {
    outcome: run(),
    cancel: () => {
      cancelled = true;
      current?.xhr.abort();
      current?.settle('aborted');
    },
  };
}
