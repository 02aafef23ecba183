import { http, HttpResponse } from 'msw';

import type {
  Attempt,
  Channel,
  ChannelApproval,
  ChannelHealth,
  ChannelInUse,
  ChannelRequest,
  ConnectorField,
  ConnectorSpec,
  DeliveryKey,
  ItemPublications,
  Publication,
  PublicationStatus,
} from '@/features/publishing/api/types';

import { authed, json, noContent, problem } from './fake-identity';

/**
 * An in-memory fake of the publishing API (docs/publishing-api.md): connector types, channels
 * (secrets kept but never answered), send test, rotation, publications, their actions and the
 * delivery log, keyset-paged. It checks fields against the connector's spec as the server does.
 */

const API = '*/api/v1';
const T0 = Date.parse('2026-12-02T09:00:00Z');
const ADA = { id: 'u-owner', displayName: 'Olive Owner', initials: 'OO' };

const field = (
  name: string,
  label: string,
  kind: ConnectorField['kind'],
  required = true,
  help = '',
): ConnectorField => ({ name, label, kind, required, help });

const abilities = {
  pull: false,
  canUpdate: true,
  canUnpublish: true,
  repeatIsSafe: false,
  canLookUp: false,
  rotatable: false,
};

export const CONNECTORS: ConnectorSpec[] = [
  {
    ...abilities,
    type: 'webhook',
    label: 'Webhook',
    settings: [field('url', 'Receiver URL', 'url', true, 'Where TRAE POSTs each published item')],
    secrets: [field('secret', 'Signing secret', 'secret', false, 'whsec_…; generated when empty')],
    repeatIsSafe: true,
    rotatable: true,
  },
  {
    ...abilities,
    type: 'feed',
    label: 'RSS / Atom feed',
    settings: [
      field('title', 'Feed title', 'text'),
      field('size', 'Items in the feed', 'number', false),
    ],
    secrets: [],
    pull: true,
  },
  {
    ...abilities,
    type: 'newsletter',
    label: 'Newsletter',
    settings: [
      field('from', 'From address', 'email'),
      field('trackOpens', 'Measure opens', 'boolean', false, 'A pixel, where the client loads it'),
    ],
    secrets: [field('smtpPassword', 'SMTP password', 'secret')],
  },
];

function stamp(offsetSeconds: number) {
  return new Date(T0 + offsetSeconds * 1000).toISOString();
}

function health(state: ChannelHealth['state'], detail: string, at: number | null): ChannelHealth {
  return { state, detail, checkedAt: at === null ? null : stamp(at), credentialExpiresAt: null };
}

export function fakeChannel(overrides: Partial<Channel> = {}): Channel {
  return {
    id: 'ch-hook',
    slug: 'partner-hook',
    name: 'Partner webhook',
    connector: 'webhook',
    settings: { url: 'https://partner.example/hooks/trae' },
    secretsSet: ['secret'],
    requiresApproval: true,
    health: health('ok', 'Receiver answered 200.', 0),
    createdBy: ADA,
    createdAt: stamp(-86400),
    updatedAt: stamp(-3600),
    version: 3,
    ...overrides,
  };
}

export function fakePublication(overrides: Partial<Publication> = {}): Publication {
  return {
    id: 'p-1',
    channel: { id: 'ch-hook', slug: 'partner-hook', name: 'Partner webhook', connector: 'webhook' },
    status: 'delivered',
    operation: 'publish',
    attempts: 1,
    lastError: null,
    nextAttemptAt: null,
    externalId: null,
    externalUrl: null,
    deliveredAt: null,
    itemVersion: 1,
    actions: [],
    updatedAt: stamp(0),
    version: 1,
    ...overrides,
  };
}

export function fakeAttempt(n: number, overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: `a-${n}`,
    publicationId: 'p-1',
    item: { id: 'c-1', title: 'Launch notes' },
    channel: { id: 'ch-hook', slug: 'partner-hook', name: 'Partner webhook' },
    operation: 'publish',
    kind: 'send',
    number: n,
    idempotencyKey: 'msg_2Lm',
    request: 'POST https://partner.example/hooks/trae (1,204 bytes)',
    status: 503,
    response: '<html>Service Unavailable</html>',
    elapsedMs: 118,
    outcome: 'retry',
    reason: 'The destination answered 503.',
    startedAt: stamp(n * 10),
    finishedAt: stamp(n * 10 + 1),
    ...overrides,
  };
}

const URL_RE = /^https?:\/\/[^\s/]+/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function fieldProblems(spec: ConnectorSpec, body: ChannelRequest, creating: boolean) {
  const errors: { field: string; message: string }[] = [];
  for (const f of spec.settings) {
    const value = body.settings[f.name];
    const name = `settings.${f.name}`;
    if (value === undefined || value === '') {
      if (f.required) errors.push({ field: name, message: 'is required' });
    } else if (f.kind === 'url' && !URL_RE.test(value)) {
      errors.push({ field: name, message: 'must be an absolute http(s) URL' });
    } else if (f.kind === 'email' && !EMAIL_RE.test(value)) {
      errors.push({ field: name, message: 'must be an e-mail address' });
    } else if (f.kind === 'number' && !Number.isFinite(Number(value))) {
      errors.push({ field: name, message: 'must be a number' });
    } else if (f.kind === 'boolean' && value !== 'true' && value !== 'false') {
      errors.push({ field: name, message: 'must be true or false' });
    }
  }
  for (const f of spec.secrets) {
    if (creating && f.required && !body.secrets[f.name]) {
      errors.push({ field: `secrets.${f.name}`, message: 'is required' });
    }
  }
  return errors;
}

export class FakePublishing {
  connectors = CONNECTORS;
  channels: Channel[] = [];
  /** The stored secret values, by channel: what the API never answers. */
  secrets = new Map<string, Record<string, string | null>>();
  /** Channels that items target or that have publications: their delete is refused. */
  inUse = new Map<string, ChannelInUse>();
  testResults = new Map<string, ChannelHealth>();
  publications = new Map<string, Publication[]>();
  /** For a publication, the statuses the next reads of its item's publications show, in turn. */
  progress = new Map<string, PublicationStatus[]>();
  /** Every attempt, newest first. */
  attempts: Attempt[] = [];
  publicationReads = 0;
  failChannelList = false;
  lastWrite: { ifMatch: string | null; body: unknown } | null = null;
  lastAction: { path: string; body: unknown } | null = null;
  /** Live delivery keys, by channel, newest first. */
  deliveryKeys = new Map<string, DeliveryKey[]>();
  failDeliveryKeys = false;
  /** What the next create answers as `generatedSecrets` (the server's generated ones), if anything. */
  createdSecrets: Record<string, string> | null = null;
  /** Approvals per item, by channel slug. */
  approvals = new Map<string, ChannelApproval[]>();
  failApprovals = false;

  constructor() {
    this.reset();
  }

  reset() {
    this.connectors = CONNECTORS;
    this.channels = [
      fakeChannel(),
      fakeChannel({
        id: 'ch-feed',
        slug: 'blog-feed',
        name: 'Blog feed',
        connector: 'feed',
        settings: { title: 'The blog' },
        secretsSet: [],
        requiresApproval: false,
        health: health('unknown', '', null),
      }),
    ];
    this.secrets = new Map([['ch-hook', { secret: 'whsec_old' }]]);
    this.inUse = new Map();
    this.testResults = new Map();
    this.publications = new Map();
    this.progress = new Map();
    this.attempts = [];
    this.publicationReads = 0;
    this.failChannelList = false;
    this.lastWrite = null;
    this.lastAction = null;
    this.deliveryKeys = new Map();
    this.failDeliveryKeys = false;
    this.createdSecrets = null;
    this.approvals = new Map();
    this.failApprovals = false;
  }

  channel(id: string) {
    return this.channels.find((c) => c.id === id);
  }

  publication(id: string) {
    for (const list of this.publications.values()) {
      const found = list.find((p) => p.id === id);
      if (found) return found;
    }
    return undefined;
  }

  /** Each read moves a scripted publication one step on, as deliveries would meanwhile. */
  readPublications(itemId: string): ItemPublications {
    this.publicationReads += 1;
    const items = this.publications.get(itemId) ?? [];
    for (const p of items) {
      const next = this.progress.get(p.id)?.shift();
      if (next) p.status = next;
    }
    return {
      items: items.map((p) => ({ ...p })),
      approvals: [...(this.approvals.get(itemId) ?? [])],
    };
  }
}

/** A delivery-api connector and channel, for tests that add them (the defaults leave them out). */
export const DELIVERY_API_CONNECTOR: ConnectorSpec = {
  ...abilities,
  type: 'delivery-api',
  label: 'Delivery API',
  settings: [],
  secrets: [],
  pull: true,
};

export function fakeDeliveryChannel(overrides: Partial<Channel> = {}): Channel {
  return fakeChannel({
    id: 'ch-api',
    slug: 'site-api',
    name: 'Site API',
    connector: 'delivery-api',
    settings: {},
    secretsSet: [],
    requiresApproval: false,
    ...overrides,
  });
}

export const fakePublishing = new FakePublishing();
const f = fakePublishing;

const notFound = () => problem(404, 'channel-not-found', 'Channel not found');

function attemptPage(request: Request, attempts: Attempt[]) {
  const url = new URL(request.url);
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const limit = Number(url.searchParams.get('limit') ?? 25);
  const end = start + limit;
  return HttpResponse.json({
    items: attempts.slice(start, end),
    nextCursor: end < attempts.length ? String(end) : null,
  });
}

function specOf(connector: string) {
  return f.connectors.find((c) => c.type === connector);
}

function invalid(errors: { field: string; message: string }[]) {
  return problem(400, 'validation-failed', 'The channel is not valid', { errors });
}

function withoutNulls(secrets: Record<string, string | null>) {
  return Object.keys(secrets).filter((k) => secrets[k]);
}

export const publishingHandlers = [
  http.get(
    `${API}/channels/connectors`,
    authed({ permission: 'content:read' }, () => HttpResponse.json({ items: f.connectors })),
  ),
  http.get(
    `${API}/channels`,
    authed({ permission: 'content:read' }, () =>
      f.failChannelList
        ? problem(500, 'internal', 'Internal Server Error')
        : HttpResponse.json({ items: f.channels, nextCursor: null }),
    ),
  ),
  http.post(
    `${API}/channels`,
    authed({ permission: 'channels:manage' }, async (_user, request) => {
      const body = await json<ChannelRequest>(request);
      f.lastWrite = { ifMatch: null, body };
      const spec = specOf(body.connector);
      if (!spec) return invalid([{ field: 'connector', message: 'is not a connector type' }]);
      const errors = fieldProblems(spec, body, true);
      if (errors.length > 0) return invalid(errors);
      if (f.channels.some((c) => c.slug === body.slug)) {
        return problem(409, 'channel-slug-taken', 'That slug is taken', {
          detail: `Another channel is called ${body.slug}.`,
        });
      }
      const { secrets, ...rest } = body;
      const created = fakeChannel({
        ...rest,
        id: `ch-${body.slug}`,
        secretsSet: withoutNulls(secrets),
        health: health('unknown', '', null),
        version: 1,
      });
      f.channels.push(created);
      f.secrets.set(created.id, secrets);
      const answer = f.createdSecrets
        ? { ...created, generatedSecrets: f.createdSecrets }
        : created;
      return HttpResponse.json(answer, { status: 201 });
    }),
  ),
  http.get(
    `${API}/channels/:id`,
    authed({ permission: 'content:read' }, (_user, _request, { id = '' }) => {
      const channel = f.channel(id);
      return channel ? HttpResponse.json(channel) : notFound();
    }),
  ),
  http.put(
    `${API}/channels/:id`,
    authed({ permission: 'channels:manage' }, async (_user, request, { id = '' }) => {
      const channel = f.channel(id);
      if (!channel) return notFound();
      const ifMatch = request.headers.get('If-Match');
      const body = await json<ChannelRequest>(request);
      f.lastWrite = { ifMatch, body };
      if (!ifMatch) return problem(428, 'precondition-required', 'If-Match is required');
      if (ifMatch !== `"${channel.version}"`) {
        return problem(412, 'version-conflict', 'Someone changed the channel meanwhile');
      }
      const errors = fieldProblems(specOf(channel.connector)!, body, false);
      if (errors.length > 0) return invalid(errors);
      const secrets = { ...f.secrets.get(id), ...body.secrets };
      f.secrets.set(id, secrets);
      Object.assign(channel, {
        name: body.name,
        slug: body.slug,
        settings: body.settings,
        requiresApproval: body.requiresApproval,
        secretsSet: withoutNulls(secrets),
        version: channel.version + 1,
      });
      return HttpResponse.json(channel);
    }),
  ),
  http.delete(
    `${API}/channels/:id`,
    authed({ permission: 'channels:manage' }, (_user, _request, { id = '' }) => {
      if (!f.channel(id)) return notFound();
      const use = f.inUse.get(id);
      if (use) {
        return problem(409, 'channel-in-use', 'Channel in use', {
          detail: `${use.items.length} items target it and ${use.publications} were published to it; remove it from them first.`,
          ...use,
        });
      }
      f.channels = f.channels.filter((c) => c.id !== id);
      return noContent();
    }),
  ),
  http.post(
    `${API}/channels/:id/test`,
    authed({ permission: 'channels:manage' }, (_user, _request, { id = '' }) => {
      const channel = f.channel(id);
      if (!channel) return notFound();
      channel.health = f.testResults.get(id) ?? health('ok', 'Receiver answered 200.', 60);
      return HttpResponse.json(channel.health);
    }),
  ),
  http.post(
    `${API}/channels/:id/rotate-secret`,
    authed({ permission: 'channels:manage' }, async (_user, request, { id = '' }) => {
      const channel = f.channel(id);
      if (!channel) return notFound();
      f.lastAction = { path: `rotate:${id}`, body: await json(request) };
      if (!specOf(channel.connector)?.rotatable) {
        return problem(409, 'rotation-unsupported', 'This channel has no secret to rotate');
      }
      return HttpResponse.json({ channel, secrets: { secret: 'whsec_NEWSECRET' } });
    }),
  ),
  http.get(
    `${API}/channels/:id/delivery-keys`,
    authed({ permission: 'channels:manage' }, (_user, _request, { id = '' }) => {
      if (f.failDeliveryKeys) return problem(500, 'internal', 'Internal Server Error');
      if (f.channel(id)?.connector !== 'delivery-api') {
        return problem(404, 'delivery-channel-not-found', 'Delivery channel not found');
      }
      return HttpResponse.json({ items: f.deliveryKeys.get(id) ?? [], nextCursor: null });
    }),
  ),
  http.post(
    `${API}/channels/:id/delivery-keys`,
    authed({ permission: 'channels:manage' }, async (_user, request, { id = '' }) => {
      if (f.channel(id)?.connector !== 'delivery-api') {
        return problem(404, 'delivery-channel-not-found', 'Delivery channel not found');
      }
      const { name } = await json<{ name: string }>(request);
      const keys = f.deliveryKeys.get(id) ?? [];
      const n = keys.length + 1;
      const key = { id: `k-${n}`, name, prefix: `trae_dk_${n}`, createdAt: stamp(n) };
      f.deliveryKeys.set(id, [{ ...key, lastUsedAt: null }, ...keys]);
      return HttpResponse.json({ ...key, key: `trae_dk_${n}_SECRETVALUE` }, { status: 201 });
    }),
  ),
  http.delete(
    `${API}/channels/:id/delivery-keys/:keyId`,
    authed({ permission: 'channels:manage' }, (_user, _request, { id = '', keyId = '' }) => {
      const keys = f.deliveryKeys.get(id) ?? [];
      if (!keys.some((k) => k.id === keyId)) {
        return problem(404, 'delivery-key-not-found', 'Delivery key not found');
      }
      f.deliveryKeys.set(
        id,
        keys.filter((k) => k.id !== keyId),
      );
      return noContent();
    }),
  ),
  http.get(
    `${API}/channels/:id/attempts`,
    authed({ permission: 'channels:manage' }, (_user, request, { id = '' }) =>
      attemptPage(
        request,
        f.attempts.filter((a) => a.channel?.id === id),
      ),
    ),
  ),
  http.get(
    `${API}/content/:id/publications`,
    authed({ permission: 'content:read' }, (_user, _request, { id = '' }) =>
      HttpResponse.json(f.readPublications(id)),
    ),
  ),
  http.put(
    `${API}/content/:id/channel-approvals/:slug`,
    authed({ permission: 'content:review' }, (user, _request, { id = '', slug = '' }) => {
      if (f.failApprovals) return problem(500, 'internal', 'Internal Server Error');
      const approval = {
        channel: slug,
        approvedBy: { id: user.id, displayName: user.displayName, initials: 'X' },
        approvedAt: stamp(300),
      };
      const others = (f.approvals.get(id) ?? []).filter((a) => a.channel !== slug);
      f.approvals.set(id, [...others, approval]);
      return HttpResponse.json(approval);
    }),
  ),
  http.delete(
    `${API}/content/:id/channel-approvals/:slug`,
    authed({ permission: 'content:review' }, (_user, _request, { id = '', slug = '' }) => {
      f.approvals.set(
        id,
        (f.approvals.get(id) ?? []).filter((a) => a.channel !== slug),
      );
      return noContent();
    }),
  ),
  http.get(
    `${API}/content/:id/attempts`,
    authed({ permission: 'content:read' }, (_user, request, { id = '' }) =>
      attemptPage(
        request,
        f.attempts.filter((a) => a.item.id === id),
      ),
    ),
  ),
  http.post(
    `${API}/publications/:id/retry`,
    authed({ permission: 'content:publish' }, (_user, _request, { id = '' }) => {
      const p = f.publication(id);
      if (!p) return problem(404, 'publication-not-found', 'Publication not found');
      f.lastAction = { path: `retry:${id}`, body: null };
      if (p.status !== 'failed' && p.status !== 'needs_checking') {
        return problem(409, 'publication-not-retryable', 'This publication cannot be retried');
      }
      Object.assign(p, { status: 'pending', attempts: 0, actions: [], lastError: null });
      return HttpResponse.json(p, { status: 202 });
    }),
  ),
  http.post(
    `${API}/publications/:id/mark-delivered`,
    authed({ permission: 'content:publish' }, async (_user, request, { id = '' }) => {
      const p = f.publication(id);
      if (!p) return problem(404, 'publication-not-found', 'Publication not found');
      const body = await json<{ externalUrl?: string; externalId?: string }>(request);
      f.lastAction = { path: `mark-delivered:${id}`, body };
      if (p.status !== 'needs_checking') {
        return problem(409, 'publication-not-retryable', 'Only a publication that needs checking');
      }
      Object.assign(p, {
        status: 'delivered',
        actions: [],
        externalUrl: body.externalUrl ?? null,
        deliveredAt: stamp(120),
      });
      return HttpResponse.json(p);
    }),
  ),
];
