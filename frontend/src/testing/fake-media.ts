import { delay, http, HttpResponse } from 'msw';

import type { MediaFile, MediaUser, MediaVariant } from '@/features/media/api/types';

import { authed, json, noContent, problem } from './fake-identity';

/**
 * An in-memory fake of the media library (docs/media-api.md): keyset-paged list with `kind`
 * and `q`, upload (201 new, 200 the same bytes again, 413 past the limit, 415 for types it does
 * not take), `If-Match` on the alt text (428 without, 412 carrying `current`), where used, and
 * delete refused with the using items (409).
 */

const API = '*/api/v1/media';
const OLIVIA = { id: 'u-owner', displayName: 'Olivia Owner', initials: 'OO' };
/** The fake server's TRAE_MEDIA_MAX_UPLOAD_SIZE: lower than the UI's, to reach the server's 413. */
const SERVER_MAX = 40 * 1024 * 1024;

function variants(id: string, width: number): MediaVariant[] {
  return ['thumbnail', 'thumbnail-webp', 'medium', 'medium-webp'].map((name) => ({
    name,
    mediaType: name.endsWith('webp') ? 'image/webp' : 'image/jpeg',
    width: name.startsWith('thumbnail') ? 320 : Math.min(960, width),
    height: name.startsWith('thumbnail') ? 240 : 720,
    size: 18_000,
    url: `/api/v1/media/${id}/variants/${name}`,
  }));
}

export function makeMedia(n: number, fields: Partial<MediaFile> = {}): MediaFile {
  const id = `m-${n}`;
  const image = (fields.kind ?? 'image') === 'image' && fields.mediaType !== 'image/svg+xml';
  return {
    id,
    fileName: `photo-${n}.jpg`,
    mediaType: 'image/jpeg',
    kind: 'image',
    size: 482_113,
    width: image ? 4032 : null,
    height: image ? 3024 : null,
    altText: '',
    sha256: `sha-${n}`,
    contentUrl: `/api/v1/media/${id}/content`,
    variants: image ? variants(id, 4032) : [],
    createdBy: OLIVIA,
    createdAt: `2026-11-${String(10 + (n % 20)).padStart(2, '0')}T09:00:00Z`,
    updatedAt: '2026-11-30T09:00:00Z',
    version: 1,
    ...fields,
  };
}

function seed(): MediaFile[] {
  return [
    makeMedia(1, { fileName: 'harbour.jpg', altText: 'Boats in the harbour at dawn' }),
    makeMedia(2, { fileName: 'team.png', mediaType: 'image/png' }),
    makeMedia(3, {
      fileName: 'logo.svg',
      mediaType: 'image/svg+xml',
      kind: 'image',
      size: 2_048,
      variants: [],
    }),
    makeMedia(4, {
      fileName: 'report.pdf',
      mediaType: 'application/pdf',
      kind: 'document',
      size: 1_200_000,
    }),
    makeMedia(5, { fileName: 'intro.mp4', mediaType: 'video/mp4', kind: 'video', size: 9e6 }),
  ];
}

export class FakeMedia {
  files: MediaFile[] = [];
  /** Content items that use a file (its cover), by media id. */
  usage = new Map<string, MediaUser[]>();
  listQueries: string[] = [];
  /**
   * What each upload carried. jsdom's FormData reaches Node's Request without the file's name
   * (its File is not Node's), so the fake, like the server, goes by the bytes.
   */
  uploads: { type: string; size: number; authorization: string | null }[] = [];
  lastPatch: { ifMatch: string | null; altText: string } | null = null;
  /** When set, the list answers this status as a problem. */
  listFailure: number | null = null;
  /** When set, every upload waits this long (ms, or for ever) before it answers. */
  uploadDelay: number | 'infinite' = 0;
  private counter = 100;

  constructor() {
    this.reset();
  }

  reset() {
    this.files = seed();
    this.usage = new Map();
    this.listQueries = [];
    this.uploads = [];
    this.lastPatch = null;
    this.listFailure = null;
    this.uploadDelay = 0;
    this.counter = 100;
  }

  find(id: string) {
    return this.files.find((f) => f.id === id);
  }

  /** As if the variants job had run (or anyone changed the file): the version moves. */
  touch(id: string, fields: Partial<MediaFile> = {}) {
    const file = this.find(id)!;
    Object.assign(file, fields, { version: file.version + 1 });
  }

  upload(file: File, bytes: string): Response {
    if (file.size > SERVER_MAX) {
      return problem(413, 'media-too-large', 'File too large', {
        detail: `The upload is larger than the ${SERVER_MAX} bytes this server accepts.`,
      });
    }
    if (bytes.startsWith('MZ')) {
      return problem(415, 'media-type-not-allowed', 'File type not allowed', {
        detail: 'The file’s bytes are of a type the media library does not take.',
      });
    }
    const sha256 = `sha-of-${bytes}`;
    const same = this.files.find((m) => m.sha256 === sha256);
    if (same) return HttpResponse.json(same, { status: 200 });
    this.counter += 1;
    const svg = file.type === 'image/svg+xml';
    const created = makeMedia(this.counter, {
      fileName: file.name === 'blob' ? `upload-${this.counter}.jpg` : file.name,
      sha256,
      size: file.size,
      mediaType: svg ? 'image/svg+xml' : file.type || 'image/jpeg',
      createdAt: new Date(Date.parse('2026-12-01T10:00:00Z') + this.counter * 1000).toISOString(),
      // The variants job has not run yet.
      variants: [],
    });
    this.files = [created, ...this.files];
    return HttpResponse.json(created, { status: 201 });
  }
}

export const fakeMedia = new FakeMedia();
const f = fakeMedia;

function notFound() {
  return problem(404, 'media-not-found', 'Media not found');
}

export const mediaHandlers = [
  http.get(
    API,
    authed({ permission: 'content:read' }, (_user, request) => {
      const url = new URL(request.url);
      f.listQueries.push(url.search);
      if (f.listFailure) return problem(f.listFailure, 'media-unavailable', 'Media unavailable');
      const kind = url.searchParams.get('kind');
      const q = url.searchParams.get('q')?.toLowerCase();
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const matching = f.files.filter(
        (m) =>
          (!kind || m.kind === kind) &&
          (!q || m.fileName.toLowerCase().includes(q) || m.altText.toLowerCase().includes(q)),
      );
      const items = matching.slice(start, start + limit);
      const next = start + limit < matching.length ? String(start + limit) : null;
      return HttpResponse.json({ items, nextCursor: next });
    }),
  ),
  http.post(
    API,
    authed({ permission: 'media:manage' }, async (_user, request) => {
      const form = await request.formData();
      const file = form.get('file');
      // Not `instanceof File`: the body was parsed by Node, whose File is not jsdom's.
      if (file === null || typeof file === 'string') {
        return problem(400, 'media-upload-unreadable', 'Upload not readable');
      }
      const bytes = await file.text();
      f.uploads.push({
        type: file.type,
        size: file.size,
        authorization: request.headers.get('Authorization'),
      });
      if (f.uploadDelay) await delay(f.uploadDelay);
      return f.upload(file, bytes);
    }),
  ),
  http.get(
    `${API}/:id`,
    authed({ permission: 'content:read' }, (_user, _request, { id }) => {
      const file = f.find(id!);
      return file
        ? HttpResponse.json(file, { headers: { ETag: `"${file.version}"` } })
        : notFound();
    }),
  ),
  http.patch(
    `${API}/:id`,
    authed({ permission: 'media:manage' }, async (_user, request, { id }) => {
      const file = f.find(id!);
      if (!file) return notFound();
      const ifMatch = request.headers.get('If-Match');
      const { altText } = await json<{ altText: string }>(request);
      f.lastPatch = { ifMatch, altText };
      if (!ifMatch) return problem(428, 'precondition-required', 'If-Match required');
      if (ifMatch !== `"${file.version}"`) {
        return problem(412, 'version-conflict', 'Changed by someone else', { current: file });
      }
      if (altText.length > 1000) {
        return problem(400, 'validation-failed', 'Invalid request', {
          errors: [{ field: 'altText', message: 'at most 1000 characters' }],
        });
      }
      Object.assign(file, { altText, version: file.version + 1 });
      return HttpResponse.json(file, { headers: { ETag: `"${file.version}"` } });
    }),
  ),
  http.delete(
    `${API}/:id`,
    authed({ permission: 'media:manage' }, (_user, _request, { id }) => {
      if (!f.find(id!)) return notFound();
      const users = f.usage.get(id!) ?? [];
      if (users.length > 0) {
        return problem(409, 'media-in-use', 'Media is in use', {
          detail: 'Content items still use this file.',
          items: users,
        });
      }
      f.files = f.files.filter((m) => m.id !== id);
      return noContent();
    }),
  ),
  http.get(
    `${API}/:id/usage`,
    authed({ permission: 'content:read' }, (_user, _request, { id }) =>
      f.find(id!) ? HttpResponse.json({ items: f.usage.get(id!) ?? [] }) : notFound(),
    ),
  ),
  http.post(
    `${API}/:id/signed-urls`,
    authed({ permission: 'content:read' }, async (_user, request, { id }) => {
      const { variant } = await json<{ variant?: string }>(request);
      return f.find(id!)
        ? HttpResponse.json({
            url: `/api/v1/media/signed/${id}/${variant ?? 'original'}?signature=fake`,
            expiresAt: '2026-12-31T00:00:00Z',
          })
        : notFound();
    }),
  ),
];
