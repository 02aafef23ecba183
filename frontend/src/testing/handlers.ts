import { http, HttpResponse } from 'msw';

import { systemInfo } from './data';

/** Mirrors the backend; the `/api/v1` prefix matches what the base API sends. */
export const handlers = [http.get('*/api/v1/system', () => HttpResponse.json(systemInfo))];
