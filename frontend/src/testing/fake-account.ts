import { http, HttpResponse } from 'msw';

import { authed, fakeIdentity, json, noContent, problem } from './fake-identity';

/**
 * Fakes of e-mail change, recovery-code regeneration and the data export
 * (docs/identity-api.md). `mailConfigured` switches the "no SMTP" answer; `lastLink` is the token
 * the confirmation mail would carry.
 */
export class FakeAccount {
  mailConfigured = true;
  pending = new Map<string, { newEmail: string; expiresAt: string; token: string }>();
  exportFails = false;
  private counter = 0;

  reset() {
    this.mailConfigured = true;
    this.pending.clear();
    this.exportFails = false;
    this.counter = 0;
  }

  issue(userId: string, newEmail: string) {
    this.counter += 1;
    const token = `email-token-${this.counter}`;
    this.pending.set(userId, { newEmail, expiresAt: '2026-11-27T10:00:00Z', token });
    return token;
  }
}

export const fakeAccount = new FakeAccount();

const API = '*/api/v1';
const f = fakeIdentity;
const a = fakeAccount;

export const accountHandlers = [
  http.get(
    `${API}/me/email-change`,
    authed({}, (user) => {
      const pending = a.pending.get(user.id);
      return HttpResponse.json(
        pending ? { newEmail: pending.newEmail, expiresAt: pending.expiresAt } : {},
      );
    }),
  ),
  http.post(
    `${API}/me/email-change`,
    authed({}, async (user, request) => {
      const body = await json<{ newEmail: string; currentPassword: string }>(request);
      if (body.currentPassword !== user.password) {
        return problem(400, 'invalid-credentials', 'Invalid credentials', {
          detail: 'The e-mail address or password is wrong.',
        });
      }
      if (f.users.some((u) => u.email.toLowerCase() === body.newEmail.toLowerCase())) {
        return problem(409, 'email-taken', 'E-mail already in use', {
          errors: [{ field: 'newEmail', message: 'is already in use' }],
        });
      }
      if (!a.mailConfigured) {
        return problem(409, 'mail-not-configured', 'Mail is not configured', {
          detail: 'TRAE cannot send the confirmation mail because no SMTP server is configured.',
        });
      }
      a.issue(user.id, body.newEmail);
      const pending = a.pending.get(user.id)!;
      return HttpResponse.json(
        { newEmail: pending.newEmail, expiresAt: pending.expiresAt },
        { status: 202 },
      );
    }),
  ),
  http.delete(
    `${API}/me/email-change`,
    authed({}, (user) => {
      a.pending.delete(user.id);
      return noContent();
    }),
  ),
  http.post(`${API}/auth/email-change/confirm`, async ({ request }) => {
    const { token } = await json<{ token: string }>(request);
    const entry = [...a.pending.entries()].find(([, p]) => p.token === token);
    if (!entry) return problem(400, 'invalid-token', 'Invalid or expired link');
    const [userId, pending] = entry;
    a.pending.delete(userId);
    f.userById(userId).email = pending.newEmail;
    return HttpResponse.json({ email: pending.newEmail });
  }),
  http.post(
    `${API}/me/mfa/recovery-codes`,
    authed({}, async (user, request) => {
      const { password } = await json<{ password: string }>(request);
      if (password !== user.password) {
        return problem(400, 'invalid-credentials', 'Invalid credentials', {
          detail: 'The password is wrong.',
        });
      }
      if (!user.mfaEnabled) return problem(409, 'conflict', 'Conflict');
      user.recoveryCodes = Array.from(
        { length: 10 },
        (_, i) => `new${i}0-${String(20000 + i).slice(-5)}`,
      );
      return HttpResponse.json({ recoveryCodes: user.recoveryCodes });
    }),
  ),
  http.get(
    `${API}/me/export`,
    authed({}, (user) => {
      if (a.exportFails) return problem(500, 'internal-error', 'Internal error');
      return HttpResponse.json(
        { profile: f.me(user), sessions: f.sessions, tokens: [], auditEvents: [] },
        { headers: { 'Content-Disposition': 'attachment; filename="trae-my-data.json"' } },
      );
    }),
  ),
];
