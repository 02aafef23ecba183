import { http, HttpResponse } from 'msw';

import type {
  Edition,
  ImportResult,
  ListRequest,
  NewsletterList,
  Subscriber,
  Suppression,
} from '@/features/newsletter/api/types';

import { authed, json, noContent, problem } from './fake-identity';

/**
 * An in-memory fake of the newsletter API (docs/newsletter-api.md): lists, subscribers
 * keyset-paged with a status filter, CSV import (header `email[,name]`), a list's editions
 * (newest first; `editionReads` counts the reads, to tell polling) and suppressions.
 */

const API = '*/api/v1/newsletter';
const T0 = Date.parse('2026-12-02T09:00:00Z');
const stamp = (s: number) => new Date(T0 + s * 1000).toISOString();
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MANAGE = { permission: 'newsletter:manage' };

export function fakeSubscriber(n: number, overrides: Partial<Subscriber> = {}): Subscriber {
  return {
    id: `s-${n}`,
    email: `reader${n}@example.com`,
    name: `Reader ${n}`,
    status: 'confirmed',
    source: 'import',
    createdAt: stamp(-n),
    confirmedAt: stamp(-n),
    ...overrides,
  };
}

export function fakeEdition(n: number, overrides: Partial<Edition> = {}): Edition {
  return {
    id: `e-${n}`,
    listId: 'l-1',
    idempotencyKey: `pub-${n}`,
    subject: `Issue ${n}`,
    status: 'sent',
    total: 100,
    sent: 98,
    failed: 1,
    skipped: 1,
    opens: 70,
    uniqueOpens: 55,
    clicks: 30,
    uniqueClicks: 21,
    createdAt: stamp(-n * 3600),
    finishedAt: stamp(-n * 3600 + 60),
    ...overrides,
  };
}

export class FakeNewsletter {
  lists: NewsletterList[] = [];
  subscribers = new Map<string, Subscriber[]>();
  suppressions: Suppression[] = [];
  /** Each list's editions, newest first. */
  editions = new Map<string, Edition[]>();
  editionReads = 0;
  failLists = false;
  failEditions = false;
  /** While set, editions are answered only once it settles (to see the loading state). */
  editionsGate: Promise<void> | null = null;
  /** The bodies the public signup endpoint got, and the list each was for. */
  signups: { listId: string; body: unknown }[] = [];
  lastImport: { csv: string; consented: string | null } | null = null;

  constructor() {
    this.reset();
  }

  reset() {
    this.lists = [];
    this.subscribers = new Map();
    this.suppressions = [];
    this.editions = new Map();
    this.editionReads = 0;
    this.failLists = false;
    this.failEditions = false;
    this.editionsGate = null;
    this.signups = [];
    this.lastImport = null;
  }

  addList(name: string, id = `l-${this.lists.length + 1}`) {
    const list = { id, name, createdAt: stamp(0), updatedAt: stamp(0) };
    this.lists.unshift(list);
    this.subscribers.set(id, []);
    return list;
  }

  import(listId: string, csv: string, consented: boolean): ImportResult | null {
    const [header, ...rows] = csv.split(/\r?\n/);
    const columns = (header ?? '').toLowerCase().split(',');
    if (!columns.includes('email')) return null;
    const subs = this.subscribers.get(listId) ?? [];
    const result: ImportResult = {
      added: 0,
      merged: 0,
      confirmed: 0,
      pending: 0,
      invalidCount: 0,
      invalid: [],
      truncated: false,
    };
    rows.forEach((row, i) => {
      if (!row.trim()) return;
      const cells = row.split(',');
      const email = (cells[columns.indexOf('email')] ?? '').trim().toLowerCase();
      const line = i + 2;
      if (!EMAIL_RE.test(email)) {
        result.invalidCount += 1;
        result.invalid.push({
          line,
          reason: email ? 'not an e-mail address' : 'no e-mail address',
        });
      } else if (subs.some((s) => s.email === email)) {
        result.merged += 1;
      } else {
        const status = consented ? 'confirmed' : 'pending';
        subs.unshift(fakeSubscriber(subs.length + 100, { email, status, name: cells[1] ?? null }));
        result.added += 1;
        result[status] += 1;
      }
    });
    this.subscribers.set(listId, subs);
    return result;
  }
}

export const fakeNewsletter = new FakeNewsletter();
const f = fakeNewsletter;

function page(request: Request, rows: unknown[]) {
  const url = new URL(request.url);
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const end = start + Number(url.searchParams.get('limit') ?? 50);
  return HttpResponse.json({
    items: rows.slice(start, end),
    nextCursor: end < rows.length ? String(end) : null,
  });
}

const listNotFound = () => problem(404, 'newsletter-list-not-found', 'List not found');

export const newsletterHandlers = [
  http.get(
    `${API}/lists`,
    authed(MANAGE, (_user, request) =>
      f.failLists ? problem(500, 'internal', 'Internal Server Error') : page(request, f.lists),
    ),
  ),
  http.post(
    `${API}/lists`,
    authed(MANAGE, async (_user, request) => {
      const body = await json<ListRequest>(request);
      if (!body.name.trim()) {
        return problem(400, 'validation-failed', 'The list is not valid', {
          errors: [{ field: 'name', message: 'must not be blank' }],
        });
      }
      return HttpResponse.json(f.addList(body.name), { status: 201 });
    }),
  ),
  http.put(
    `${API}/lists/:id`,
    authed(MANAGE, async (_user, request, { id = '' }) => {
      const list = f.lists.find((l) => l.id === id);
      if (!list) return listNotFound();
      const body = await json<ListRequest>(request);
      if (!body.name.trim()) {
        return problem(400, 'validation-failed', 'The list is not valid', {
          errors: [{ field: 'name', message: 'must not be blank' }],
        });
      }
      Object.assign(list, body);
      return HttpResponse.json(list);
    }),
  ),
  http.delete(
    `${API}/lists/:id`,
    authed(MANAGE, (_user, _request, { id = '' }) => {
      if (!f.lists.some((l) => l.id === id)) return listNotFound();
      f.lists = f.lists.filter((l) => l.id !== id);
      f.subscribers.delete(id);
      f.editions.delete(id);
      return noContent();
    }),
  ),
  http.get(
    `${API}/lists/:id/subscribers`,
    authed(MANAGE, (_user, request, { id = '' }) => {
      const subs = f.subscribers.get(id);
      if (!subs) return listNotFound();
      const status = new URL(request.url).searchParams.get('status');
      return page(request, status ? subs.filter((s) => s.status === status) : subs);
    }),
  ),
  http.post(
    `${API}/lists/:id/subscribers/import`,
    authed(MANAGE, async (_user, request, { id = '' }) => {
      if (!f.subscribers.has(id)) return listNotFound();
      const csv = await request.text();
      const consented = new URL(request.url).searchParams.get('consented');
      f.lastImport = { csv, consented };
      const result = f.import(id, csv, consented === 'true');
      return result
        ? HttpResponse.json(result)
        : problem(400, 'newsletter-import-unreadable', 'The CSV could not be read', {
            detail: 'The first row must be a header with an email column.',
          });
    }),
  ),
  http.get(
    `${API}/lists/:id/editions`,
    authed(MANAGE, async (_user, request, { id = '' }) => {
      if (!f.subscribers.has(id)) return listNotFound();
      f.editionReads += 1;
      if (f.editionsGate) await f.editionsGate;
      if (f.failEditions) return problem(500, 'internal', 'Internal Server Error');
      return page(request, f.editions.get(id) ?? []);
    }),
  ),
  // public: no credentials, and the same answer whoever signs up
  http.post(`${API}/lists/:id/signup`, async ({ request, params }) => {
    const listId = String(params.id);
    if (!f.subscribers.has(listId)) return listNotFound();
    f.signups.push({ listId, body: await request.json() });
    return HttpResponse.json(
      {
        message:
          'If this address can be subscribed, a mail with a confirmation link is on its way.',
      },
      { status: 202 },
    );
  }),
  http.get(
    `${API}/suppressions`,
    authed(MANAGE, (_user, request) => page(request, f.suppressions)),
  ),
];
