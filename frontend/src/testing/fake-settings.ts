import { http, HttpResponse } from 'msw';

import type {
  InstanceSettings,
  InstanceSettingsChange,
} from '@/features/identity/api/settings-api';

import { authed, json, problem } from './fake-identity';

/**
 * A fake of the instance settings API (docs/identity-api.md, "Instance settings"). The SMTP
 * password is kept apart and only reported as set; `smtpReply` is what the fake SMTP server says
 * to a test mail (null = accepted).
 */
export class FakeSettings {
  settings: InstanceSettings = FakeSettings.defaults();
  password: string | null = null;
  smtpReply: string | null = null;
  lastChange: InstanceSettingsChange | null = null;

  static defaults(): InstanceSettings {
    return {
      siteName: 'TRAE',
      publicUrl: 'http://localhost:8080',
      publicUrlSource: 'default',
      mailConfigured: false,
      smtpSource: 'default',
      smtpPasswordSet: false,
    };
  }

  reset() {
    this.settings = FakeSettings.defaults();
    this.password = null;
    this.smtpReply = null;
    this.lastChange = null;
  }

  /** As if TRAE_SMTP_HOST and TRAE_PUBLIC_URL were set where TRAE runs. */
  fromEnvironment() {
    this.settings = {
      ...this.settings,
      publicUrl: 'https://trae.example.com',
      publicUrlSource: 'environment',
      mailConfigured: true,
      smtpSource: 'environment',
      smtpHost: 'smtp.example.com',
      smtpPort: 587,
      smtpPasswordSet: true,
      smtpFrom: 'TRAE <trae@example.com>',
      smtpStarttls: true,
    };
  }

  apply(c: InstanceSettingsChange): InstanceSettings | Response {
    const s = this.settings;
    if (s.publicUrlSource === 'environment' && c.publicUrl != null) {
      return problem(409, 'conflict', 'Conflict', { detail: 'Set by TRAE_PUBLIC_URL' });
    }
    if (c.publicUrl && !/^https?:\/\/\S+$/.test(c.publicUrl)) {
      return problem(400, 'validation-failed', 'Validation failed', {
        errors: [{ field: 'publicUrl', message: 'must be an http(s) address' }],
      });
    }
    const next: InstanceSettings = { ...s, siteName: c.siteName ?? 'TRAE' };
    if (s.publicUrlSource !== 'environment') {
      next.publicUrl = c.publicUrl ?? 'http://localhost:8080';
      next.publicUrlSource = c.publicUrl ? 'saved' : 'default';
    }
    if (s.smtpSource !== 'environment') {
      if (!c.smtpHost) {
        this.password = null;
        Object.assign(next, FakeSettings.defaults(), {
          siteName: next.siteName,
          publicUrl: next.publicUrl,
          publicUrlSource: next.publicUrlSource,
        });
      } else {
        if (c.smtpPassword === '') this.password = null;
        else if (c.smtpPassword !== undefined) this.password = c.smtpPassword;
        Object.assign(next, {
          mailConfigured: true,
          smtpSource: 'saved',
          smtpHost: c.smtpHost,
          smtpPort: c.smtpPort ?? 587,
          smtpUsername: c.smtpUsername ?? undefined,
          smtpFrom: c.smtpFrom ?? 'TRAE <trae@localhost>',
          smtpStarttls: c.smtpStarttls ?? true,
          smtpPasswordSet: this.password !== null,
        });
      }
    }
    this.settings = next;
    return next;
  }
}

export const fakeSettings = new FakeSettings();

const API = '*/api/v1';
const MANAGE = { permission: 'settings:manage' };

export const settingsHandlers = [
  http.get(`${API}/settings/public`, () =>
    HttpResponse.json({ siteName: fakeSettings.settings.siteName }),
  ),
  http.get(
    `${API}/settings/instance`,
    authed(MANAGE, () => HttpResponse.json(fakeSettings.settings)),
  ),
  http.put(
    `${API}/settings/instance`,
    authed(MANAGE, async (_user, request) => {
      const change = await json<InstanceSettingsChange>(request);
      fakeSettings.lastChange = change;
      const result = fakeSettings.apply(change);
      return result instanceof Response ? result : HttpResponse.json(result);
    }),
  ),
  http.post(
    `${API}/settings/instance/test-mail`,
    authed(MANAGE, async (user, request) => {
      const { to } = await json<{ to?: string }>(request);
      const s = fakeSettings.settings;
      if (!s.mailConfigured) {
        return problem(409, 'mail-not-configured', 'Mail is not configured');
      }
      if (fakeSettings.smtpReply) {
        return problem(502, 'mail-failed', 'Mail could not be sent', {
          detail: `Sending through ${s.smtpHost}:${s.smtpPort} failed: ${fakeSettings.smtpReply}`,
        });
      }
      return HttpResponse.json({ delivered: true, to: to ?? user.email });
    }),
  ),
];
