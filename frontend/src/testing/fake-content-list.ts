import { http, HttpResponse } from 'msw';

import type {
  BulkFailure,
  BulkRequest,
  ContentTypes,
  CreateItemRequest,
  FacetCount,
  ImportResult,
  ItemResponse,
  ItemSummary,
  PersonRef,
  PublicReview,
  ReviewComment,
} from '@/features/content/api/types';

import { authed, json, noContent, problem } from './fake-identity';

/**
 * An in-memory fake of the content list side of docs/content-api.md: list with filters, sort
 * and cursor pages, facets, types, create (recording Idempotency-Key), bulk, trash, import,
 * export, search, and the public review pages. Exported so other fakes can share its items.
 */

const API = '*/api/v1';

export const PEOPLE: Record<string, PersonRef> = {
  'u-owner': { id: 'u-owner', displayName: 'Olivia Owner', initials: 'OO' },
  'u-editor': { id: 'u-editor', displayName: 'Eddie Editor', initials: 'EE' },
  'u-author': { id: 'u-author', displayName: 'Ann Author', initials: 'AA' },
};

export const CONTENT_TYPES_RESPONSE: ContentTypes = {
  items: [
    {
      type: 'article',
      label: 'Article',
      seo: true,
      summary: true,
      sections: false,
      subject: false,
      limits: { title: 200, summary: 500, body: 200000 },
    },
    {
      type: 'blog-post',
      label: 'Blog post',
      seo: true,
      summary: true,
      sections: false,
      subject: false,
      limits: { title: 200, summary: 500, body: 200000 },
    },
    {
      type: 'social-post',
      label: 'Social post',
      seo: false,
      summary: false,
      sections: false,
      subject: false,
      limits: { title: 200, body: 3000 },
    },
    {
      type: 'video-script',
      label: 'Video script',
      seo: false,
      summary: true,
      sections: true,
      subject: false,
      limits: { title: 200, summary: 500, body: 200000 },
    },
    {
      type: 'newsletter',
      label: 'Newsletter',
      seo: false,
      summary: true,
      sections: false,
      subject: true,
      limits: { title: 200, summary: 500, body: 200000, subject: 200 },
    },
  ],
  channelLimits: {
    bluesky: 300,
    x: 280,
    mastodon: 500,
    threads: 500,
    linkedin: 3000,
    instagram: 2200,
    facebook: 63206,
  },
};

function makeItem(
  n: number,
  fields: Partial<ItemResponse> & Pick<ItemResponse, 'title' | 'type' | 'status'>,
): ItemResponse {
  const day = String(10 + n).padStart(2, '0');
  return {
    id: `c-${n}`,
    slug: fields.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    summary: null,
    body: `Body of ${fields.title}.`,
    tags: [],
    coverMediaId: null,
    seo: { metaTitle: null, metaDescription: null, canonicalUrl: null },
    channels: [],
    variants: [],
    subject: null,
    sections: [],
    author: PEOPLE['u-owner']!,
    coAuthors: [],
    createdAt: `2026-11-${day}T09:00:00Z`,
    updatedAt: `2026-11-${day}T12:00:00Z`,
    publishedAt: null,
    scheduledAt: null,
    trashedAt: null,
    version: 1,
    currentVersion: 1,
    allowedActions: ['submit', 'archive'],
    permissions: { edit: true, delete: true },
    ...fields,
  };
}

function seed(): ItemResponse[] {
  return [
    makeItem(1, {
      title: 'Launch announcement',
      type: 'article',
      status: 'published',
      tags: ['launch'],
      channels: ['blog'],
      publishedAt: '2026-11-11T15:00:00Z',
    }),
    makeItem(2, {
      title: 'Winter sale thread',
      type: 'social-post',
      status: 'draft',
      tags: ['sale'],
      channels: ['bluesky'],
      author: PEOPLE['u-author']!,
    }),
    makeItem(3, {
      title: 'How we build',
      type: 'blog-post',
      status: 'in-review',
      tags: ['launch', 'engineering'],
      author: PEOPLE['u-editor']!,
    }),
    makeItem(4, { title: 'November newsletter', type: 'newsletter', status: 'draft', tags: [] }),
    makeItem(5, {
      title: 'Product tour script',
      type: 'video-script',
      status: 'idea',
      tags: ['launch'],
      author: PEOPLE['u-author']!,
    }),
    makeItem(6, {
      title: 'Old pricing page',
      type: 'article',
      status: 'archived',
      tags: ['pricing'],
    }),
    makeItem(7, {
      title: 'Deleted draft',
      type: 'article',
      status: 'draft',
      trashedAt: '2026-11-20T10:00:00Z',
    }),
  ];
}

export function summaryOf(item: ItemResponse): ItemSummary {
  const summary: Partial<ItemResponse> = { ...item };
  delete summary.body;
  delete summary.variants;
  delete summary.sections;
  delete summary.seo;
  return { ...(summary as ItemSummary), snippet: item.body ? item.body.slice(0, 160) : null };
}

type Dimension = 'status' | 'type' | 'tag' | 'author' | 'channel';

function matches(item: ItemResponse, params: URLSearchParams, except?: Dimension): boolean {
  const any = (key: Dimension, values: string[]) => {
    const wanted = params.getAll(key);
    return key === except || wanted.length === 0 || values.some((v) => wanted.includes(v));
  };
  const inRange = (value: string | null, from: string | null, to: string | null) =>
    (!from || (value !== null && value >= from)) && (!to || (value !== null && value <= to));
  const q = params.get('q')?.toLowerCase();
  return (
    (params.get('trashed') === 'true') === (item.trashedAt !== null) &&
    any('status', [item.status]) &&
    any('type', [item.type]) &&
    any('tag', item.tags) &&
    any('author', [item.author.id]) &&
    any('channel', item.channels) &&
    inRange(item.createdAt, params.get('createdFrom'), params.get('createdTo')) &&
    inRange(item.updatedAt, params.get('updatedFrom'), params.get('updatedTo')) &&
    inRange(item.publishedAt, params.get('publishedFrom'), params.get('publishedTo')) &&
    (!q || `${item.title} ${item.body ?? ''}`.toLowerCase().includes(q))
  );
}

function counts(values: string[], label?: (value: string) => string): FacetCount[] {
  const byValue = new Map<string, number>();
  for (const v of values) byValue.set(v, (byValue.get(v) ?? 0) + 1);
  return [...byValue.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, count]) => (label ? { value, label: label(value), count } : { value, count }));
}

export const REVIEW_TOKEN = 'rev-ok';

export class FakeContentList {
  items: ItemResponse[] = [];
  /** Idempotency-Key of every create, in order. */
  idempotencyKeys: (string | null)[] = [];
  /** The query strings of every list and export call, for tests of the URL → API path. */
  listQueries: string[] = [];
  exportQueries: string[] = [];
  /** When set, the list answers this status as a problem. */
  listFailure: number | null = null;
  /** Ids the bulk endpoint refuses (409). */
  bulkLocked = new Set<string>();
  importResult: ImportResult | null = null;
  reviewComments: ReviewComment[] = [];
  counter = 100;

  constructor() {
    this.reset();
  }

  reset() {
    this.items = seed();
    this.idempotencyKeys = [];
    this.listQueries = [];
    this.exportQueries = [];
    this.listFailure = null;
    this.bulkLocked = new Set();
    this.importResult = null;
    this.counter = 100;
    this.reviewComments = [
      {
        id: 'rc-1',
        author: PEOPLE['u-editor']!,
        externalName: null,
        body: 'Please check the dates.',
        quote: null,
        resolved: false,
        resolvedAt: null,
        createdAt: '2026-11-21T10:00:00Z',
        updatedAt: '2026-11-21T10:00:00Z',
        verdict: null,
      },
    ];
  }

  list(params: URLSearchParams) {
    const sort = params.get('sort') ?? 'updated';
    const asc = params.get('order') === 'asc';
    const key = (item: ItemResponse) =>
      sort === 'title'
        ? item.title
        : sort === 'created'
          ? item.createdAt
          : sort === 'published'
            ? (item.publishedAt ?? '')
            : item.updatedAt;
    const found = this.items
      .filter((item) => matches(item, params))
      .sort((a, b) => (asc ? 1 : -1) * key(a).localeCompare(key(b)));
    const start = Number(params.get('cursor') ?? 0);
    const limit = Number(params.get('limit') ?? 25);
    const page = found.slice(start, start + limit);
    const next = start + limit < found.length ? String(start + limit) : null;
    return { items: page.map(summaryOf), nextCursor: next };
  }

  facets(params: URLSearchParams) {
    const of = (dim: Dimension) => this.items.filter((item) => matches(item, params, dim));
    return {
      status: counts(of('status').map((i) => i.status)),
      type: counts(of('type').map((i) => i.type)),
      tag: counts(of('tag').flatMap((i) => i.tags)),
      author: counts(
        of('author').map((i) => i.author.id),
        (id) => PEOPLE[id]?.displayName ?? id,
      ),
      total: this.items.filter((item) => matches(item, params)).length,
    };
  }

  create(body: CreateItemRequest, authorId: string): ItemResponse {
    const item = makeItem(this.counter++, {
      title: body.title,
      type: body.type,
      status: body.status ?? 'draft',
      author: PEOPLE[authorId] ?? PEOPLE['u-owner']!,
      createdAt: '2026-11-30T09:00:00Z',
      updatedAt: '2026-11-30T09:00:00Z',
    });
    this.items.unshift(item);
    return item;
  }

  bulk(request: BulkRequest) {
    const updated: string[] = [];
    const failed: BulkFailure[] = [];
    for (const id of request.ids) {
      const item = this.items.find((i) => i.id === id);
      if (!item) {
        failed.push({ id, status: 404, title: 'Not found', detail: null });
      } else if (
        this.bulkLocked.has(id) ||
        (request.action === 'archive' && item.status === 'archived')
      ) {
        failed.push({
          id,
          status: 409,
          title: 'Illegal transition',
          detail: `${item.title} cannot be archived now.`,
        });
      } else {
        this.applyBulk(item, request);
        updated.push(id);
      }
    }
    return { updated, failed };
  }

  private applyBulk(item: ItemResponse, request: BulkRequest) {
    const tags = request.tags ?? [];
    if (request.action === 'archive') item.status = 'archived';
    if (request.action === 'trash') item.trashedAt = '2026-11-30T10:00:00Z';
    if (request.action === 'tag') item.tags = [...new Set([...item.tags, ...tags])];
    if (request.action === 'untag') item.tags = item.tags.filter((t) => !tags.includes(t));
    if (request.action === 'assign' && request.authorId) {
      item.author = PEOPLE[request.authorId] ?? item.author;
    }
    item.version += 1;
  }

  review(): PublicReview {
    return {
      title: 'Launch announcement',
      type: 'article',
      html: '<h2>We launched</h2><p>Read <strong>all</strong> about it.</p>',
      variants: [{ channel: 'bluesky', title: null, html: '<p>We launched! 🚀</p>' }],
      comments: this.reviewComments,
      expiresAt: '2026-12-08T09:00:00Z',
    };
  }

  comment(fields: Partial<ReviewComment>): ReviewComment {
    const at = '2026-11-30T11:00:00Z';
    const comment: ReviewComment = {
      id: `rc-${this.counter++}`,
      author: null,
      externalName: null,
      body: '',
      quote: null,
      resolved: false,
      resolvedAt: null,
      createdAt: at,
      updatedAt: at,
      verdict: null,
      ...fields,
    };
    this.reviewComments.push(comment);
    return comment;
  }
}

export const fakeContentList = new FakeContentList();
const f = fakeContentList;

function byId(id: string) {
  return f.items.find((i) => i.id === id);
}

const notFound = () => problem(404, 'not-found', 'Not found');
const invalidLink = () =>
  problem(404, 'share-link-invalid', 'This review link is no longer valid', {
    detail: 'It has expired or was revoked.',
  });

export const contentListHandlers = [
  http.get(
    `${API}/content`,
    authed({ permission: 'content:read' }, (_user, request) => {
      const params = new URL(request.url).searchParams;
      f.listQueries.push(params.toString());
      if (f.listFailure) return problem(f.listFailure, 'internal', 'The server failed');
      return HttpResponse.json(f.list(params));
    }),
  ),
  http.get(
    `${API}/content/facets`,
    authed({ permission: 'content:read' }, (_user, request) =>
      HttpResponse.json(f.facets(new URL(request.url).searchParams)),
    ),
  ),
  http.get(
    `${API}/content/types`,
    authed({ permission: 'content:read' }, () => HttpResponse.json(CONTENT_TYPES_RESPONSE)),
  ),
  http.get(
    `${API}/content/search`,
    authed({ permission: 'content:read' }, (_user, request) => {
      const q = new URL(request.url).searchParams.get('q') ?? '';
      const pattern = new RegExp(`(${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'i');
      const mark = (text: string) => text.replace(pattern, '<mark>$1</mark>');
      const hits = f.items
        .filter((i) => i.trashedAt === null && i.title.toLowerCase().includes(q.toLowerCase()))
        .map((i) => ({
          id: i.id,
          type: i.type,
          status: i.status,
          title: i.title,
          slug: i.slug,
          updatedAt: i.updatedAt,
          rank: 1,
          titleHighlight: mark(i.title),
          snippet: mark(i.body ?? ''),
        }));
      return HttpResponse.json({ items: hits, nextCursor: null });
    }),
  ),
  http.get(
    `${API}/content/export`,
    authed({ permission: 'content:read' }, (_user, request) => {
      f.exportQueries.push(new URL(request.url).searchParams.toString());
      return new HttpResponse(new Uint8Array([0x50, 0x4b, 0x05, 0x06]), {
        headers: { 'Content-Type': 'application/zip' },
      });
    }),
  ),
  http.post(
    `${API}/content`,
    authed({ permission: 'content:write-own' }, async (user, request) => {
      f.idempotencyKeys.push(request.headers.get('Idempotency-Key'));
      const body = await json<CreateItemRequest>(request);
      if (!body.title.trim()) {
        return problem(400, 'validation', 'Invalid request', {
          errors: [{ field: 'title', message: 'must not be blank' }],
        });
      }
      const item = f.create(body, user.id);
      return HttpResponse.json(item, {
        status: 201,
        headers: { ETag: `"${item.version}"`, Location: `/api/v1/content/${item.id}` },
      });
    }),
  ),
  http.post(
    `${API}/content/bulk`,
    authed({ permission: 'content:write-any' }, async (_user, request) =>
      HttpResponse.json(f.bulk(await json<BulkRequest>(request))),
    ),
  ),
  http.post(
    `${API}/content/import`,
    authed({ permission: 'content:write-own' }, async (_user, request) => {
      const file = (await request.formData()).get('file');
      const name = file instanceof File ? file.name : 'upload';
      const result: ImportResult = f.importResult ?? {
        imported: [{ file: name, id: 'c-imported', title: 'Imported post' }],
        failed: [],
      };
      return HttpResponse.json(result);
    }),
  ),
  http.post(
    `${API}/content/:id/trash`,
    authed({ permission: 'content:write-own' }, (_user, _request, params) => {
      const item = byId(params.id!);
      if (!item) return notFound();
      item.trashedAt = '2026-11-30T10:00:00Z';
      return HttpResponse.json(item);
    }),
  ),
  http.post(
    `${API}/content/:id/untrash`,
    authed({ permission: 'content:write-own' }, (_user, _request, params) => {
      const item = byId(params.id!);
      if (!item) return notFound();
      item.trashedAt = null;
      return HttpResponse.json(item);
    }),
  ),
  http.delete(
    `${API}/content/:id`,
    authed({ permission: 'content:delete' }, (_user, _request, params) => {
      const item = byId(params.id!);
      if (!item) return notFound();
      if (item.trashedAt === null)
        return problem(409, 'not-trashed', 'Only a trashed item can be deleted');
      f.items = f.items.filter((i) => i !== item);
      return noContent();
    }),
  ),
  http.get(`${API}/review/:token`, ({ params }) =>
    params.token === REVIEW_TOKEN ? HttpResponse.json(f.review()) : invalidLink(),
  ),
  http.post(`${API}/review/:token/comments`, async ({ params, request }) => {
    if (params.token !== REVIEW_TOKEN) return invalidLink();
    const body = await json<{ name: string; body: string; quote?: string }>(request);
    return HttpResponse.json(
      f.comment({ externalName: body.name, body: body.body, quote: body.quote ?? null }),
      { status: 201 },
    );
  }),
  http.post(`${API}/review/:token/verdict`, async ({ params, request }) => {
    if (params.token !== REVIEW_TOKEN) return invalidLink();
    const body = await json<{
      name: string;
      verdict: 'approved' | 'changes-requested';
      comment?: string;
    }>(request);
    return HttpResponse.json(
      f.comment({ externalName: body.name, body: body.comment ?? '', verdict: body.verdict }),
      { status: 201 },
    );
  }),
];
