import { delay, http, HttpResponse, type DefaultBodyType } from 'msw';

import type {
  ApiToken,
  AuditEvent,
  Me,
  Permission,
  Role,
  Session,
  User,
  UserStatus,
} from '@/features/identity/api/types';
import { sessionHint } from '@/lib/auth/session-store';

/**
 * An in-memory fake of the identity API (docs/identity-api.md) for tests. The refresh cookie is
 * modelled as `cookieUserId`: who the browser's HttpOnly cookie would sign in.
 */

export const ALL_PERMISSIONS = [
  'content:read',
  'content:write-own',
  'content:write-any',
  'content:review',
  'content:publish',
  'content:delete',
  'media:manage',
  'channels:manage',
  'newsletter:manage',
  'analytics:read',
  'users:manage',
  'roles:manage',
  'audit:read',
  'settings:manage',
  'webhooks:manage',
  'ai:use',
  'tokens:create',
  'system:read',
];

const CONTENT = ALL_PERMISSIONS.filter((p) => p.startsWith('content:'));

function builtInRoles(): Role[] {
  return [
    { name: 'OWNER', builtIn: true, permissions: [...ALL_PERMISSIONS], mfaRequired: false },
    { name: 'ADMIN', builtIn: true, permissions: [...ALL_PERMISSIONS], mfaRequired: false },
    {
      name: 'EDITOR',
      builtIn: true,
      permissions: [
        ...CONTENT,
        'media:manage',
        'channels:manage',
        'newsletter:manage',
        'analytics:read',
        'ai:use',
        'tokens:create',
      ],
      mfaRequired: false,
    },
    {
      name: 'AUTHOR',
      builtIn: true,
      permissions: ['content:read', 'content:write-own', 'media:manage', 'ai:use', 'tokens:create'],
      mfaRequired: false,
    },
    {
      name: 'VIEWER',
      builtIn: true,
      permissions: ['content:read', 'analytics:read'],
      mfaRequired: false,
    },
  ];
}

export const TOTP_CODE = '123456';
export const PASSWORD = 'correct horse battery staple';

interface FakeUser {
  id: string;
  email: string;
  displayName: string;
  role: string;
  password: string;
  status: UserStatus;
  mfaEnabled: boolean;
  recoveryCodes: string[];
  createdAt: string;
  lastLoginAt: string | null;
  /** Grows with every change, like the server's; absent means 0. */
  version?: number;
}

export function problem(status: number, type: string, title: string, extra: object = {}) {
  return HttpResponse.json(
    { type: `/problems/${type}`, title, status, requestId: `req-${type}`, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export function noContent() {
  return new HttpResponse(null, { status: 204 });
}

export class FakeIdentity {
  setupRequired = false;
  roles: Role[] = builtInRoles();
  users: FakeUser[] = [];
  /** The user the refresh cookie belongs to, or null when there is no cookie. */
  cookieUserId: string | null = null;
  /** Access token -> user id. */
  accessTokens = new Map<string, string>();
  refreshCalls = 0;
  refreshDelayMs = 0;
  /** When set, login answers 429 with this Retry-After. */
  loginRetryAfter: number | null = null;
  sessions: Session[] = [];
  apiTokens: (ApiToken & { userId: string })[] = [];
  auditEvents: AuditEvent[] = [];
  chainValid = true;
  usersPageSize = 50;
  pendingTotp = new Set<string>();
  /** Whether the fake server can send mail (TRAE_SMTP_HOST set). */
  mailConfigured = false;
  /** Pending invitation links by token -> user id; reissuing replaces a user's link. */
  invitationLinks = new Map<string, string>();
  counter = 0;

  constructor() {
    this.reset();
  }

  reset() {
    this.setupRequired = false;
    this.roles = builtInRoles();
    this.cookieUserId = null;
    this.accessTokens.clear();
    this.refreshCalls = 0;
    this.refreshDelayMs = 0;
    this.loginRetryAfter = null;
    this.chainValid = true;
    this.usersPageSize = 50;
    this.pendingTotp.clear();
    this.mailConfigured = false;
    this.invitationLinks = new Map([['inv-1', 'u-invited']]);
    this.counter = 0;
    const user = (id: string, email: string, displayName: string, role: string): FakeUser => ({
      id,
      email,
      displayName,
      role,
      password: PASSWORD,
      status: 'active',
      mfaEnabled: false,
      recoveryCodes: [],
      createdAt: '2026-11-01T09:00:00Z',
      lastLoginAt: '2026-11-25T09:00:00Z',
    });
    this.users = [
      user('u-owner', 'owner@example.com', 'Olivia Owner', 'OWNER'),
      user('u-editor', 'editor@example.com', 'Eddie Editor', 'EDITOR'),
      user('u-author', 'author@example.com', 'Ann Author', 'AUTHOR'),
    ];
    this.sessions = [
      {
        id: 's-current',
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
        ip: '192.0.2.10',
        createdAt: '2026-11-26T08:00:00Z',
        lastUsedAt: '2026-11-26T09:00:00Z',
        current: true,
      },
      {
        id: 's-phone',
        userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/604.1',
        ip: '198.51.100.7',
        createdAt: '2026-11-20T08:00:00Z',
        lastUsedAt: '2026-11-24T18:00:00Z',
        current: false,
      },
    ];
    this.apiTokens = [];
    this.auditEvents = [
      {
        id: 'ae-2',
        occurredAt: '2026-11-26T09:00:00Z',
        actorType: 'user',
        actorId: 'u-owner',
        actorName: 'Olivia Owner',
        actorEmail: 'owner@example.com',
        action: 'user.invited',
        targetType: 'user',
        targetId: 'u-author',
        targetName: 'Ann Author',
        targetEmail: 'author@example.com',
        ip: '::ffff:192.0.2.10',
        userAgent: 'Firefox',
        requestId: 'req-audit-2',
        summary: { role: 'AUTHOR', emailed: false, changes: { from: null, to: 'AUTHOR' } },
      },
      {
        id: 'ae-1',
        occurredAt: '2026-11-26T08:00:00Z',
        actorType: 'user',
        actorId: 'u-owner',
        actorName: 'Olivia Owner',
        actorEmail: 'owner@example.com',
        action: 'auth.login',
        targetType: null,
        targetId: null,
        targetName: null,
        targetEmail: null,
        ip: '0:0:0:0:0:0:0:1',
        userAgent: 'Firefox',
        requestId: 'req-audit-1',
        summary: { method: 'password' },
      },
    ];
  }

  userById(id: string): FakeUser {
    const user = this.users.find((u) => u.id === id);
    if (!user) throw new Error(`no fake user ${id}`);
    return user;
  }

  /** Signs `userId` in the way a surviving cookie would: the app's start-up refresh works. */
  signInWithCookie(userId: string) {
    this.cookieUserId = userId;
    // The browser's side of a signed-in session: the hint that a refresh is worth trying.
    sessionHint.remember();
  }

  /** Every access token stops working (as if expired); the cookie still works. */
  expireAccessTokens() {
    this.accessTokens.clear();
  }

  roleOf(user: FakeUser): Role | undefined {
    return this.roles.find((r) => r.name === user.role);
  }

  enrolmentRequired(user: FakeUser): boolean {
    return !user.mfaEnabled && (this.roleOf(user)?.mfaRequired ?? false);
  }

  issueToken(user: FakeUser) {
    this.counter += 1;
    const accessToken = `at-${user.id}-${this.counter}`;
    this.accessTokens.set(accessToken, user.id);
    this.cookieUserId = user.id;
    return {
      accessToken,
      tokenType: 'Bearer' as const,
      expiresIn: 900,
      mfaEnrolmentRequired: this.enrolmentRequired(user),
    };
  }

  me(user: FakeUser): Me {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      permissions: this.roleOf(user)?.permissions ?? [],
      mfaEnabled: user.mfaEnabled,
      mfaEnrolmentRequired: this.enrolmentRequired(user),
      mfaReminder: (user.role === 'OWNER' || user.role === 'ADMIN') && !user.mfaEnabled,
      createdAt: user.createdAt,
    };
  }

  toUser(user: FakeUser): User {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      status: user.status,
      mfaEnabled: user.mfaEnabled,
      createdAt: user.createdAt,
      lastLoginAt: user.lastLoginAt,
      version: user.version ?? 0,
    };
  }

  /** The user behind the request's bearer token, or a problem response. */
  authenticate(
    request: Request,
    options: { permission?: string; duringEnrolment?: boolean } = {},
  ): FakeUser | HttpResponse<DefaultBodyType> {
    const header = request.headers.get('Authorization') ?? '';
    const userId = this.accessTokens.get(header.replace(/^Bearer /, ''));
    if (!userId) return problem(401, 'unauthorized', 'Unauthorized');
    const user = this.userById(userId);
    if (this.enrolmentRequired(user) && !options.duringEnrolment) {
      return problem(403, 'mfa-enrolment-required', 'Set up two-factor authentication first');
    }
    if (options.permission && !this.me(user).permissions.includes(options.permission)) {
      return problem(403, 'forbidden', 'Forbidden');
    }
    return user;
  }
}

export const fakeIdentity = new FakeIdentity();

const API = '*/api/v1';

export async function json<T>(request: Request): Promise<T> {
  return (await request.json()) as T;
}

/** Runs `handle` for an authenticated user, or answers the auth problem. */
export function authed(
  options: { permission?: string; duringEnrolment?: boolean },
  handle: (user: FakeUser, request: Request, params: Record<string, string>) => unknown,
) {
  return async ({
    request,
    params,
  }: {
    request: Request;
    params: Record<string, string | readonly string[] | undefined>;
  }) => {
    const user = fakeIdentity.authenticate(request, options);
    if (user instanceof HttpResponse) return user;
    return (await handle(user, request, params as Record<string, string>)) as Response;
  };
}

const f = fakeIdentity;
const PERMISSIONS: Permission[] = ALL_PERMISSIONS.map((name) => ({
  name,
  description: `Allows ${name.replace(':', ' ')}`,
}));

export const identityHandlers = [
  http.get(`${API}/setup`, () => HttpResponse.json({ required: f.setupRequired })),
  http.post(`${API}/setup`, async ({ request }) => {
    if (!f.setupRequired) return problem(409, 'setup-completed', 'Setup is already complete');
    const body = await json<{ email: string; password: string; displayName: string }>(request);
    if (body.password.length < 12) {
      return problem(400, 'validation-failed', 'The password is too weak', {
        errors: [{ field: 'password', message: 'must have at least 12 characters' }],
      });
    }
    const user: FakeUser = {
      id: 'u-new-owner',
      email: body.email,
      displayName: body.displayName,
      role: 'OWNER',
      password: body.password,
      status: 'active',
      mfaEnabled: false,
      recoveryCodes: [],
      createdAt: '2026-11-26T10:00:00Z',
      lastLoginAt: null,
    };
    f.users = [user];
    f.setupRequired = false;
    // signed in like after a login: token in the body, the refresh cookie set
    return HttpResponse.json(f.issueToken(user), { status: 201 });
  }),

  http.post(`${API}/auth/login`, async ({ request }) => {
    if (f.loginRetryAfter !== null) {
      return HttpResponse.json(
        { type: '/problems/too-many-requests', title: 'Too many sign-in attempts', status: 429 },
        {
          status: 429,
          headers: {
            'Content-Type': 'application/problem+json',
            'Retry-After': String(f.loginRetryAfter),
            'X-Request-Id': 'req-429',
          },
        },
      );
    }
    const { email, password } = await json<{ email: string; password: string }>(request);
    const user = f.users.find((u) => u.email === email && u.password === password);
    if (user?.status !== 'active') {
      return problem(401, 'invalid-credentials', 'Wrong e-mail or password', {
        detail: 'Check both and try again.',
      });
    }
    if (user.mfaEnabled)
      return HttpResponse.json({ mfaRequired: true, mfaToken: `mfa-${user.id}` });
    return HttpResponse.json(f.issueToken(user));
  }),
  http.post(`${API}/auth/mfa`, async ({ request }) => {
    const { mfaToken, code } = await json<{ mfaToken: string; code: string }>(request);
    const user = f.users.find((u) => `mfa-${u.id}` === mfaToken);
    if (!user) return problem(401, 'invalid-mfa-code', 'The code is wrong');
    if (code === TOTP_CODE) return HttpResponse.json(f.issueToken(user));
    if (user.recoveryCodes.includes(code)) {
      user.recoveryCodes = user.recoveryCodes.filter((c) => c !== code);
      return HttpResponse.json(f.issueToken(user));
    }
    return problem(401, 'invalid-mfa-code', 'The code is wrong', {
      detail: 'Use the current code from your app.',
    });
  }),
  http.post(`${API}/auth/refresh`, async () => {
    f.refreshCalls += 1;
    if (f.refreshDelayMs) await delay(f.refreshDelayMs);
    if (!f.cookieUserId) return problem(401, 'session-expired', 'Your session has expired');
    return HttpResponse.json(f.issueToken(f.userById(f.cookieUserId)));
  }),
  http.post(`${API}/auth/logout`, () => {
    // Like the server: the session ends, so its access tokens stop working too.
    for (const [token, userId] of f.accessTokens) {
      if (userId === f.cookieUserId) f.accessTokens.delete(token);
    }
    f.cookieUserId = null;
    return noContent();
  }),
  http.post(`${API}/auth/password-reset/request`, () =>
    HttpResponse.json(
      f.mailConfigured
        ? {
            message:
              'If an account uses this e-mail address, a link to reset its password is on its way.',
            mailConfigured: true,
          }
        : {
            message:
              'This server cannot send e-mail, so no reset link will arrive. Ask an administrator: they can create a password reset link for you under Admin → Users.',
            mailConfigured: false,
          },
      { status: 202 },
    ),
  ),
  http.post(`${API}/auth/password-reset/confirm`, async ({ request }) => {
    const { token } = await json<{ token: string }>(request);
    if (token !== 'good-reset')
      return problem(400, 'invalid-token', 'This link is no longer valid');
    return noContent();
  }),
  http.get(`${API}/invitations/:token`, ({ params }) => {
    if (params.token === 'inv-1') {
      return HttpResponse.json({
        email: 'new@example.com',
        role: 'AUTHOR',
        expiresAt: '2026-12-03T09:00:00Z',
      });
    }
    const invited = f.users.find(
      (u) => u.status === 'invited' && f.invitationLinks.get(String(params.token)) === u.id,
    );
    return invited
      ? HttpResponse.json({
          email: invited.email,
          role: invited.role,
          expiresAt: '2026-12-03T09:00:00Z',
        })
      : problem(404, 'not-found', 'Not Found');
  }),
  http.post(`${API}/invitations/accept`, async ({ request }) => {
    const body = await json<{ token: string; displayName: string; password: string }>(request);
    const user: FakeUser = {
      id: 'u-invited',
      email: 'new@example.com',
      displayName: body.displayName,
      role: 'AUTHOR',
      password: body.password,
      status: 'active',
      mfaEnabled: false,
      recoveryCodes: [],
      createdAt: '2026-11-26T10:00:00Z',
      lastLoginAt: null,
    };
    f.users.push(user);
    // signed in like after a login: token in the body, the refresh cookie set
    return HttpResponse.json(f.issueToken(user), { status: 201 });
  }),

  // The signed-in user.
  http.get(
    `${API}/me`,
    authed({ duringEnrolment: true }, (user) => HttpResponse.json(f.me(user))),
  ),
  http.patch(
    `${API}/me`,
    authed({}, async (user, request) => {
      user.displayName = (await json<{ displayName: string }>(request)).displayName;
      return HttpResponse.json(f.me(user));
    }),
  ),
  http.post(
    `${API}/me/password`,
    authed({}, async (user, request) => {
      const body = await json<{ currentPassword: string; newPassword: string }>(request);
      if (body.currentPassword !== user.password) {
        return problem(400, 'invalid-credentials', 'The current password is wrong');
      }
      user.password = body.newPassword;
      return noContent();
    }),
  ),
  http.get(
    `${API}/me/sessions`,
    authed({}, () => HttpResponse.json({ items: f.sessions })),
  ),
  http.delete(
    `${API}/me/sessions/:id`,
    authed({}, (_user, _request, params) => {
      f.sessions = f.sessions.filter((s) => s.id !== params.id);
      return noContent();
    }),
  ),
  http.post(
    `${API}/me/sessions/revoke-others`,
    authed({}, () => {
      const revoked = f.sessions.filter((s) => !s.current).length;
      f.sessions = f.sessions.filter((s) => s.current);
      return HttpResponse.json({ revoked });
    }),
  ),
  http.post(
    `${API}/me/mfa/totp`,
    authed({ duringEnrolment: true }, (user) => {
      f.pendingTotp.add(user.id);
      return HttpResponse.json({
        secret: 'JBSWY3DPEHPK3PXP',
        otpauthUri: 'otpauth://totp/TRAE:owner?secret=JBSWY3DPEHPK3PXP&issuer=TRAE',
        qrCodeSvg:
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/><script>alert(1)</script></svg>',
      });
    }),
  ),
  http.post(
    `${API}/me/mfa/totp/confirm`,
    authed({ duringEnrolment: true }, async (user, request) => {
      const { code } = await json<{ code: string }>(request);
      if (!f.pendingTotp.has(user.id) || code !== TOTP_CODE) {
        return problem(400, 'invalid-mfa-code', 'The code is wrong');
      }
      user.mfaEnabled = true;
      user.recoveryCodes = Array.from(
        { length: 10 },
        (_, i) => `code${i}-${String(10000 + i).slice(-5)}`,
      );
      return HttpResponse.json({ recoveryCodes: user.recoveryCodes });
    }),
  ),
  http.delete(
    `${API}/me/mfa/totp`,
    authed({ duringEnrolment: true }, async (user, request) => {
      const body = await json<{ code?: string; password?: string }>(request);
      if (body.code !== TOTP_CODE && body.password !== user.password) {
        return problem(400, 'invalid-mfa-code', 'The code is wrong');
      }
      user.mfaEnabled = false;
      return noContent();
    }),
  ),
  http.get(
    `${API}/me/tokens/scopes`,
    authed({}, (user) =>
      HttpResponse.json(PERMISSIONS.filter((p) => f.me(user).permissions.includes(p.name))),
    ),
  ),
  http.get(
    `${API}/me/tokens`,
    authed({}, (user) =>
      HttpResponse.json({ items: f.apiTokens.filter((t) => t.userId === user.id) }),
    ),
  ),
  http.post(
    `${API}/me/tokens`,
    authed({}, async (user, request) => {
      const body = await json<{ name: string; scopes: string[]; expiresInDays: number | null }>(
        request,
      );
      const id = `t-${f.apiTokens.length + 1}`;
      const expiresAt = body.expiresInDays === null ? null : '2026-12-26T10:00:00Z';
      f.apiTokens.push({
        id,
        userId: user.id,
        name: body.name,
        prefix: 'trae_pat_ab12',
        scopes: body.scopes,
        createdAt: '2026-11-26T10:00:00Z',
        expiresAt,
        lastUsedAt: null,
      });
      return HttpResponse.json(
        { id, name: body.name, token: 'trae_pat_ab12secretsecret', scopes: body.scopes, expiresAt },
        { status: 201 },
      );
    }),
  ),
  http.delete(
    `${API}/me/tokens/:id`,
    authed({}, (_user, _request, params) => {
      f.apiTokens = f.apiTokens.filter((t) => t.id !== params.id);
      return noContent();
    }),
  ),

  // Administration.
  http.get(
    `${API}/users`,
    authed({ permission: 'users:manage' }, (_user, request) => {
      const url = new URL(request.url);
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const matching = f.users.filter(
        (u) => !q || u.email.includes(q) || u.displayName.toLowerCase().includes(q),
      );
      const page = matching.slice(start, start + f.usersPageSize);
      const next = start + f.usersPageSize;
      return HttpResponse.json({
        items: page.map((u) => f.toUser(u)),
        nextCursor: next < matching.length ? String(next) : null,
      });
    }),
  ),
  http.post(
    `${API}/users/invitations`,
    authed({ permission: 'users:manage' }, async (_user, request) => {
      const { email, role } = await json<{ email: string; role: string }>(request);
      if (f.users.some((u) => u.email === email)) {
        return problem(409, 'conflict', 'A user with that e-mail exists', {
          errors: [{ field: 'email', message: 'is already in use' }],
        });
      }
      f.users.push({
        id: `u-${email}`,
        email,
        displayName: '',
        role,
        password: '',
        status: 'invited',
        mfaEnabled: false,
        recoveryCodes: [],
        createdAt: '2026-11-26T10:00:00Z',
        lastLoginAt: null,
      });
      return HttpResponse.json(
        {
          id: `inv-${email}`,
          email,
          role,
          inviteUrl: 'https://trae.example/invite/inv-abc',
          expiresAt: '2026-12-03T10:00:00Z',
          emailed: false,
        },
        { status: 201 },
      );
    }),
  ),
  http.patch(
    `${API}/users/:id`,
    authed({ permission: 'users:manage' }, async (_user, request, params) => {
      const target = f.userById(params.id!);
      const body = await json<{ role?: string; disabled?: boolean; version?: number }>(request);
      const version = target.version ?? 0;
      if (body.version !== undefined && body.version !== version) {
        return problem(409, 'version-conflict', 'Changed by someone else', {
          detail:
            'Someone else changed this user since you loaded it. Reload it and make your change again.',
          currentVersion: version,
        });
      }
      if (body.disabled !== undefined && target.status === 'invited') {
        return problem(409, 'conflict', 'Conflict', {
          detail: 'This invitation has not been accepted yet; delete it instead of disabling.',
        });
      }
      if (body.role) target.role = body.role;
      if (body.disabled !== undefined) target.status = body.disabled ? 'disabled' : 'active';
      target.version = version + 1;
      return HttpResponse.json(f.toUser(target));
    }),
  ),
  http.post(
    `${API}/users/:id/mfa/reset`,
    authed({ permission: 'users:manage' }, (_user, _request, params) => {
      f.userById(params.id!).mfaEnabled = false;
      return noContent();
    }),
  ),
  http.post(
    `${API}/users/:id/password-reset`,
    authed({ permission: 'users:manage' }, () =>
      HttpResponse.json({
        resetUrl: 'https://trae.example/reset-password?token=rst-1',
        expiresAt: '2026-11-27T10:00:00Z',
      }),
    ),
  ),
  http.post(
    `${API}/users/:id/invitation`,
    authed({ permission: 'users:manage' }, (_user, _request, params) => {
      const target = f.users.find((u) => u.id === params.id);
      if (!target) return problem(404, 'not-found', 'Not Found');
      if (target.status !== 'invited') return problem(409, 'conflict', 'Conflict');
      f.counter += 1;
      const token = `inv-${target.id}-${f.counter}`;
      f.invitationLinks = new Map(
        [...f.invitationLinks].filter(([, userId]) => userId !== target.id),
      );
      f.invitationLinks.set(token, target.id);
      return HttpResponse.json({
        id: target.id,
        email: target.email,
        role: target.role,
        inviteUrl: `https://trae.example/invite/${token}`,
        expiresAt: '2026-12-03T10:00:00Z',
        emailed: f.mailConfigured,
      });
    }),
  ),
  http.delete(
    `${API}/users/:id/invitation`,
    authed({ permission: 'users:manage' }, (_user, _request, params) => {
      const target = f.users.find((u) => u.id === params.id);
      if (!target) return problem(404, 'not-found', 'Not Found');
      if (target.status !== 'invited') return problem(409, 'conflict', 'Conflict');
      f.users = f.users.filter((u) => u.id !== target.id);
      return noContent();
    }),
  ),
  http.delete(
    `${API}/users/:id`,
    authed({ permission: 'users:manage' }, (_user, _request, params) => {
      const target = f.userById(params.id!);
      target.email = `anon-${target.id}@invalid`;
      target.displayName = 'Anonymised user';
      target.status = 'disabled';
      return noContent();
    }),
  ),
  http.get(
    `${API}/permissions`,
    authed({ permission: 'roles:manage' }, () => HttpResponse.json({ items: PERMISSIONS })),
  ),
  http.get(
    `${API}/roles`,
    authed({ permission: 'roles:manage' }, () => HttpResponse.json({ items: f.roles })),
  ),
  http.post(
    `${API}/roles`,
    authed({ permission: 'roles:manage' }, async (_user, request) => {
      const body = await json<Omit<Role, 'builtIn'>>(request);
      if (f.roles.some((r) => r.name === body.name)) {
        return problem(409, 'conflict', 'A role with that name exists', {
          errors: [{ field: 'name', message: 'is taken' }],
        });
      }
      const role: Role = { ...body, builtIn: false };
      f.roles.push(role);
      return HttpResponse.json(role, { status: 201 });
    }),
  ),
  http.put(
    `${API}/roles/:name`,
    authed({ permission: 'roles:manage' }, async (user, request, params) => {
      const role = f.roles.find((r) => r.name === params.name);
      if (!role) return problem(404, 'not-found', 'Not Found');
      const body = await json<{ permissions?: string[]; mfaRequired: boolean }>(request);
      if (role.builtIn && body.permissions !== undefined) {
        return problem(400, 'validation-failed', 'Built-in roles keep their permissions', {
          errors: [{ field: 'permissions', message: 'cannot change on a built-in role' }],
        });
      }
      if ((role.name === 'OWNER' || role.name === 'ADMIN') && user.role !== 'OWNER') {
        return problem(403, 'forbidden', 'Only an owner can change this role');
      }
      if (body.permissions !== undefined) role.permissions = body.permissions;
      role.mfaRequired = body.mfaRequired;
      return HttpResponse.json(role);
    }),
  ),
  http.delete(
    `${API}/roles/:name`,
    authed({ permission: 'roles:manage' }, (_user, _request, params) => {
      f.roles = f.roles.filter((r) => r.name !== params.name || r.builtIn);
      return noContent();
    }),
  ),
  http.get(
    `${API}/audit-events/verify`,
    authed({ permission: 'audit:read' }, () =>
      HttpResponse.json(
        f.chainValid
          ? { valid: true, checked: f.auditEvents.length, firstBrokenId: null, pending: 0 }
          : { valid: false, checked: 1, firstBrokenId: 'ae-2', pending: 0 },
      ),
    ),
  ),
  http.get(
    `${API}/audit-events/export`,
    authed({ permission: 'audit:read' }, (_user, request) => {
      const format = new URL(request.url).searchParams.get('format');
      return new HttpResponse(
        format === 'csv' ? 'id,action\nae-2,user.invited\n' : '{"id":"ae-2"}\n',
        { headers: { 'Content-Type': format === 'csv' ? 'text/csv' : 'application/x-ndjson' } },
      );
    }),
  ),
  http.get(
    `${API}/audit-events`,
    authed({ permission: 'audit:read' }, (_user, request) => {
      const search = new URL(request.url).searchParams;
      const action = search.get('action');
      const actorId = search.get('actorId');
      return HttpResponse.json({
        items: f.auditEvents.filter(
          (e) => (!action || e.action === action) && (!actorId || e.actorId === actorId),
        ),
        nextCursor: null,
      });
    }),
  ),
];
