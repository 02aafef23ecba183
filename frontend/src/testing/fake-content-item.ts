import { delay, http, HttpResponse } from 'msw';

import type {
  ItemResponse,
  ContentStatus,
  ItemContent,
  UpdateItemRequest,
  ReviewComment,
  ShareLink,
  WorkflowAction,
  VersionDetail,
  WorkingCopy,
} from '@/features/content/api/types';

import { authed, fakeIdentity, json, noContent, problem } from './fake-identity';

/**
 * An in-memory fake of one content item's editor API (docs/content-api.md: items, workflow,
 * versions, working copy, preview, comments, share links). It checks `If-Match` as the server
 * does (428 without, 412 with `current`) and mints a version per save, transition and restore.
 */

const API = '*/api/v1/content';
const T0 = Date.parse('2026-12-01T10:00:00Z');

/** Which status each action leaves from and goes to, and the permission it needs. */
const WORKFLOW: Record<
  WorkflowAction,
  { from: ContentStatus[]; to: ContentStatus; needs: string }
> = {
  start: { from: ['idea'], to: 'draft', needs: 'content:write-own' },
  submit: { from: ['draft'], to: 'in-review', needs: 'content:write-own' },
  approve: { from: ['in-review'], to: 'approved', needs: 'content:review' },
  reject: { from: ['in-review'], to: 'draft', needs: 'content:review' },
  schedule: { from: ['approved', 'scheduled'], to: 'scheduled', needs: 'content:publish' },
  unschedule: { from: ['scheduled'], to: 'approved', needs: 'content:publish' },
  publish: { from: ['approved', 'scheduled'], to: 'published', needs: 'content:publish' },
  unpublish: { from: ['published'], to: 'draft', needs: 'content:publish' },
  archive: {
    from: ['idea', 'draft', 'in-review', 'approved', 'scheduled', 'published'],
    to: 'archived',
    needs: 'content:publish',
  },
  unarchive: { from: ['archived'], to: 'draft', needs: 'content:publish' },
};

const ANN = { id: 'u-author', displayName: 'Ann Author', initials: 'AA' };

function editable(item: ItemResponse): ItemContent {
  const { title, slug, summary, body, tags, coverMediaId, seo, channels, variants } = item;
  return {
    title,
    slug,
    summary,
    body,
    tags,
    coverMediaId,
    seo,
    channels,
    variants,
    subject: item.subject,
    sections: item.sections,
  };
}

function stamp(offsetSeconds: number) {
  return new Date(T0 + offsetSeconds * 1000).toISOString();
}

export class FakeContentItem {
  item!: ItemResponse;
  versions: VersionDetail[] = [];
  workingCopy: WorkingCopy | null = null;
  comments: ReviewComment[] = [];
  links: ShareLink[] = [];
  /** What the last `PUT /content/{id}` carried. */
  lastUpdate: { ifMatch: string | null; body: UpdateItemRequest } | null = null;
  lastTransition: { action: string; comment?: string; at?: string } | null = null;
  workingCopySaves = 0;
  workingCopyReads = 0;
  /** How long a working-copy `PUT` takes before it is stored: an autosave still under way. */
  workingCopyDelayMs = 0;
  private clock = 0;

  constructor() {
    this.reset();
  }

  reset(overrides: Partial<ItemResponse> = {}) {
    this.clock = 0;
    this.item = {
      id: 'c-1',
      type: 'article',
      status: 'draft',
      title: 'Launch notes',
      slug: 'launch-notes',
      summary: 'What ships in the first release.',
      body: 'Hello **world**.',
      tags: ['launch'],
      coverMediaId: null,
      seo: { metaTitle: null, metaDescription: null, canonicalUrl: null },
      channels: ['blog', 'bluesky'],
      variants: [{ channel: 'bluesky', title: null, body: 'Short post' }],
      subject: null,
      sections: [],
      author: ANN,
      coAuthors: [],
      createdAt: stamp(0),
      updatedAt: stamp(0),
      publishedAt: null,
      scheduledAt: null,
      trashedAt: null,
      version: 1,
      currentVersion: 1,
      allowedActions: [],
      permissions: { edit: true, delete: false },
      ...overrides,
    };
    this.versions = [this.snapshot('ui', null)];
    this.workingCopy = null;
    this.comments = [];
    this.links = [];
    this.lastUpdate = null;
    this.lastTransition = null;
    this.workingCopySaves = 0;
    this.workingCopyReads = 0;
    this.workingCopyDelayMs = 0;
  }

  /** Someone else saves meanwhile: the stored item moves on, the editor's copy goes stale. */
  changeElsewhere(change: Partial<ItemResponse>) {
    this.write(change, 'api', 'Changed elsewhere');
  }

  private now() {
    this.clock += 60;
    return stamp(this.clock);
  }

  private snapshot(source: VersionDetail['source'], note: string | null): VersionDetail {
    return {
      number: this.item.currentVersion,
      author: ANN,
      createdAt: this.item.updatedAt,
      source,
      note,
      status: this.item.status,
      pinned: false,
      content: structuredClone(editable(this.item)),
    };
  }

  private write(
    change: Partial<ItemResponse>,
    source: VersionDetail['source'],
    note: string | null,
  ) {
    this.item = {
      ...this.item,
      ...change,
      version: this.item.version + 1,
      currentVersion: this.item.currentVersion + 1,
      updatedAt: this.now(),
    };
    this.versions.unshift(this.snapshot(source, note));
  }

  view(permissions: string[]): ItemResponse {
    const allowedActions = (Object.keys(WORKFLOW) as WorkflowAction[]).filter((action) => {
      const rule = WORKFLOW[action];
      return rule.from.includes(this.item.status) && permissions.includes(rule.needs);
    });
    return { ...structuredClone(this.item), allowedActions };
  }

  /** 428 without `If-Match`, 412 with the stored item when it names another version. */
  precondition(request: Request, permissions: string[], required: boolean): Response | null {
    const header = request.headers.get('If-Match');
    if (header === null) {
      return required ? problem(428, 'precondition-required', 'If-Match is required') : null;
    }
    if (header !== `"${this.item.version}"`) {
      return problem(412, 'precondition-failed', 'The item was changed meanwhile', {
        current: this.view(permissions),
      });
    }
    return null;
  }

  update(request: Request, body: UpdateItemRequest) {
    this.lastUpdate = { ifMatch: request.headers.get('If-Match'), body };
    const fields: Partial<UpdateItemRequest> = { ...body };
    delete fields.note;
    delete fields.coAuthorIds;
    this.write({ ...fields, slug: body.slug ?? this.item.slug }, 'ui', body.note ?? null);
    this.workingCopy = null;
  }

  transition(body: { action: WorkflowAction; comment?: string; at?: string }, perms: string[]) {
    this.lastTransition = body;
    const rule = WORKFLOW[body.action];
    if (!this.view(perms).allowedActions.includes(body.action)) {
      return problem(409, 'illegal-transition', 'Not allowed now', {
        allowed: this.view(perms).allowedActions,
      });
    }
    if (body.action === 'reject' && !body.comment?.trim()) {
      return problem(400, 'validation-failed', 'A reason is required', {
        errors: [{ field: 'comment', message: 'must not be blank' }],
      });
    }
    this.write(
      { status: rule.to, scheduledAt: body.action === 'schedule' ? (body.at ?? null) : null },
      'transition',
      body.comment ?? null,
    );
    return null;
  }

  restore(number: number) {
    const version = this.versions.find((v) => v.number === number);
    if (!version) return false;
    this.write(
      structuredClone(version.content) as Partial<ItemResponse>,
      'restore',
      `Restored version ${number}`,
    );
    return true;
  }

  addComment(body: string, quote: string | undefined, userId: string): ReviewComment {
    const user = fakeIdentity.userById(userId);
    const at = this.now();
    const comment: ReviewComment = {
      id: `cm-${this.comments.length + 1}`,
      author: { id: user.id, displayName: user.displayName, initials: user.displayName[0] ?? '?' },
      externalName: null,
      body,
      quote: quote ?? null,
      resolved: false,
      resolvedAt: null,
      createdAt: at,
      updatedAt: at,
      verdict: null,
    };
    this.comments.push(comment);
    return comment;
  }
}

export const fakeContentItem = new FakeContentItem();

const f = fakeContentItem;
const permsOf = (user: Parameters<typeof fakeIdentity.me>[0]) => fakeIdentity.me(user).permissions;
const notFound = () => problem(404, 'not-found', 'No such item');
const READ = { permission: 'content:read' };
const LIST_PATHS = new Set(['facets', 'search', 'export']);

function summaryOf(version: VersionDetail) {
  const summary: Partial<VersionDetail> = { ...version };
  delete summary.content;
  return summary;
}

/** Words of `before` deleted and of `after` inserted, around a common prefix and suffix. */
function wordDiff(before: string, after: string) {
  const a = before.split(/(\s+)/);
  const b = after.split(/(\s+)/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end)) {
    end += 1;
  }
  return [
    { op: 'equal', text: a.slice(0, start).join('') },
    { op: 'delete', text: a.slice(start, a.length - end).join('') },
    { op: 'insert', text: b.slice(start, b.length - end).join('') },
    { op: 'equal', text: a.slice(a.length - end).join('') },
  ].filter((w) => w.text !== '');
}

export const contentItemHandlers = [
  http.post(
    `${API}/preview`,
    authed(READ, async (_u, request) => {
      const { markdown } = await json<{ markdown: string }>(request);
      const escaped = markdown
        .replace(/</g, '&lt;')
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
      return HttpResponse.json({ html: `<p>${escaped}</p>` });
    }),
  ),
  http.get(`${API}/:id`, (info) => {
    // Leave the list's own paths (facets, search, export) to the list's fake.
    if (LIST_PATHS.has(String(info.params.id))) return undefined;
    return authed(READ, (user, _r, { id }) =>
      id === f.item.id ? HttpResponse.json(f.view(permsOf(user))) : notFound(),
    )(info);
  }),
  http.put(
    `${API}/:id`,
    authed({ permission: 'content:write-own' }, async (user, request, { id }) => {
      if (id !== f.item.id) return notFound();
      const failed = f.precondition(request, permsOf(user), true);
      if (failed) return failed;
      f.update(request, await json<UpdateItemRequest>(request));
      return HttpResponse.json(f.view(permsOf(user)), {
        headers: { ETag: `"${f.item.version}"` },
      });
    }),
  ),
  http.post(
    `${API}/:id/transitions`,
    authed(READ, async (user, request) => {
      const failed = f.precondition(request, permsOf(user), false);
      if (failed) return failed;
      const refused = f.transition(await json(request), permsOf(user));
      return refused ?? HttpResponse.json(f.view(permsOf(user)));
    }),
  ),
  http.get(
    `${API}/:id/working-copy`,
    authed(READ, () => {
      f.workingCopyReads += 1;
      return f.workingCopy ? HttpResponse.json(f.workingCopy) : noContent();
    }),
  ),
  http.put(
    `${API}/:id/working-copy`,
    authed(READ, async (_u, request) => {
      const body = await json<Omit<WorkingCopy, 'savedAt'>>(request);
      if (f.workingCopyDelayMs) await delay(f.workingCopyDelayMs);
      f.workingCopySaves += 1;
      f.workingCopy = { ...body, savedAt: new Date().toISOString() };
      return HttpResponse.json({ savedAt: f.workingCopy.savedAt, baseVersion: body.baseVersion });
    }),
  ),
  http.delete(
    `${API}/:id/working-copy`,
    authed(READ, () => {
      f.workingCopy = null;
      return noContent();
    }),
  ),
  http.get(
    `${API}/:id/versions`,
    authed(READ, () =>
      HttpResponse.json({
        items: f.versions.map(summaryOf),
        nextCursor: null,
      }),
    ),
  ),
  http.get(
    `${API}/:id/versions/diff`,
    authed(READ, (_u, request) => {
      const params = new URL(request.url).searchParams;
      const [from, to] = ['from', 'to'].map((k) =>
        f.versions.find((v) => v.number === Number(params.get(k))),
      );
      if (!from || !to) return notFound();
      const fields = (Object.keys(from.content) as (keyof ItemContent)[])
        .filter((k) => JSON.stringify(from.content[k]) !== JSON.stringify(to.content[k]))
        .map((field) => {
          const before = from.content[field];
          const after = to.content[field];
          const words =
            typeof before === 'string' && typeof after === 'string'
              ? wordDiff(before, after)
              : undefined;
          return { field, change: 'changed', before, after, words };
        });
      return HttpResponse.json({ from: from.number, to: to.number, fields });
    }),
  ),
  http.get(
    `${API}/:id/versions/:n`,
    authed(READ, (_u, _r, { n }) => {
      const version = f.versions.find((v) => v.number === Number(n));
      return version ? HttpResponse.json(version) : notFound();
    }),
  ),
  http.post(
    `${API}/:id/versions/:n/restore`,
    authed({ permission: 'content:write-own' }, (user, request, { n }) => {
      const failed = f.precondition(request, permsOf(user), true);
      if (failed) return failed;
      return f.restore(Number(n)) ? HttpResponse.json(f.view(permsOf(user))) : notFound();
    }),
  ),
  http.put(
    `${API}/:id/versions/:n/pin`,
    authed(READ, async (_u, request, { n }) => {
      const version = f.versions.find((v) => v.number === Number(n));
      if (!version) return notFound();
      version.pinned = (await json<{ pinned: boolean }>(request)).pinned;
      return HttpResponse.json(summaryOf(version));
    }),
  ),
  http.get(
    `${API}/:id/comments`,
    authed(READ, () => HttpResponse.json({ items: f.comments, nextCursor: null })),
  ),
  http.post(
    `${API}/:id/comments`,
    authed(READ, async (user, request) => {
      const { body, quote } = await json<{ body: string; quote?: string }>(request);
      return HttpResponse.json(f.addComment(body, quote, user.id), { status: 201 });
    }),
  ),
  http.put(
    `${API}/:id/comments/:cid`,
    authed(READ, async (user, request, { cid }) => {
      const comment = f.comments.find((c) => c.id === cid);
      if (!comment) return notFound();
      if (comment.author?.id !== user.id) return problem(403, 'forbidden', 'Not your comment');
      comment.body = (await json<{ body: string }>(request)).body;
      return HttpResponse.json(comment);
    }),
  ),
  http.post(
    `${API}/:id/comments/:cid/resolve`,
    authed({ permission: 'content:write-own' }, async (_u, request, { cid }) => {
      const comment = f.comments.find((c) => c.id === cid);
      if (!comment) return notFound();
      comment.resolved = (await json<{ resolved: boolean }>(request)).resolved;
      comment.resolvedAt = comment.resolved ? stamp(3600) : null;
      return HttpResponse.json(comment);
    }),
  ),
  http.delete(
    `${API}/:id/comments/:cid`,
    authed(READ, (_u, _r, { cid }) => {
      f.comments = f.comments.filter((c) => c.id !== cid);
      return noContent();
    }),
  ),
  http.get(
    `${API}/:id/share-links`,
    authed(READ, () => HttpResponse.json({ items: f.links })),
  ),
  http.post(
    `${API}/:id/share-links`,
    authed(READ, async (_u, request) => {
      const { label, expiresInHours } = await json<{ label?: string; expiresInHours: number }>(
        request,
      );
      const id = `sl-${f.links.length + 1}`;
      const expiresAt = new Date(T0 + expiresInHours * 3_600_000).toISOString();
      f.links.push({
        id,
        label: label ?? null,
        createdBy: ANN,
        createdAt: stamp(0),
        expiresAt,
        revokedAt: null,
        lastVerdict: null,
      });
      const token = `tok-${id}`;
      return HttpResponse.json(
        { id, label: label ?? null, url: `http://localhost/review/${token}`, token, expiresAt },
        { status: 201 },
      );
    }),
  ),
  http.delete(
    `${API}/:id/share-links/:lid`,
    authed(READ, (_u, _r, { lid }) => {
      const link = f.links.find((l) => l.id === lid);
      if (link) link.revokedAt = stamp(7200);
      return noContent();
    }),
  ),
];
