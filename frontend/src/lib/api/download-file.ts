import { downloadBlob } from '@/lib/download';
import { parseProblemDetails } from '@/lib/problem-details';

import { fetchWithSession } from './base-api';

/** Why a download failed, shaped like RTK Query's errors so problem alerts and toasts read it. */
export interface DownloadError {
  status: number | 'FETCH_ERROR';
  data?: unknown;
  error?: string;
}

/**
 * Fetches an API path with the session (for files that are not JSON, such as exports) and saves
 * the answer as `filename`. Answers null when the file was saved, else why not: the server's
 * problem, or a network failure.
 */
export async function downloadFromApi(
  path: string,
  filename: string,
  init?: RequestInit,
): Promise<DownloadError | null> {
  try {
    const response = await fetchWithSession(path, init);
    if (!response.ok) {
      let body: unknown = null;
      try {
        body = await response.json();
      } catch {
        // not a problem body
      }
      return {
        status: response.status,
        data: parseProblemDetails(body) ?? { status: response.status },
      };
    }
    downloadBlob(await response.blob(), filename);
    return null;
  } catch (e) {
    return { status: 'FETCH_ERROR', error: String(e) };
  }
}

/** Today's date (UTC, yyyy-mm-dd), for the names of exported files. */
export function fileStamp(): string {
  return new Date().toISOString().slice(0, 10);
}
