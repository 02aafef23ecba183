import type { InstanceSettings, InstanceSettingsChange } from '../../api/settings-api';

export interface InstanceSettingsForm {
  siteName: string;
  publicUrl: string;
  smtpHost: string;
  smtpPort: number | string;
  smtpUsername: string;
  smtpPassword: string;
  removePassword: boolean;
  smtpFrom: string;
  smtpStarttls: boolean;
}

export function formValues(s: InstanceSettings): InstanceSettingsForm {
  return {
    siteName: s.siteName,
    publicUrl: s.publicUrl,
    smtpHost: s.smtpHost ?? '',
    smtpPort: s.smtpPort ?? 587,
    smtpUsername: s.smtpUsername ?? '',
    smtpPassword: '',
    removePassword: false,
    smtpFrom: s.smtpFrom ?? '',
    smtpStarttls: s.smtpStarttls ?? true,
  };
}

const orNull = (v: string) => (v.trim() ? v.trim() : null);

/**
 * The PUT body. Values the environment sets are left out (the API refuses them); an untouched
 * password is left out too, so the stored one stays.
 */
export function toChange(v: InstanceSettingsForm, s: InstanceSettings): InstanceSettingsChange {
  const change: InstanceSettingsChange = {
    siteName: orNull(v.siteName),
  };
  if (s.publicUrlSource !== 'environment') {
    // Saving the built-in default as a value would pin it; keep it unsaved instead.
    change.publicUrl =
      s.publicUrlSource === 'default' && v.publicUrl.trim() === s.publicUrl
        ? null
        : orNull(v.publicUrl);
  }
  if (s.smtpSource === 'environment') return change;
  const host = orNull(v.smtpHost);
  if (!host) return { ...change, smtpHost: null };
  change.smtpHost = host;
  change.smtpPort = v.smtpPort === '' ? null : Number(v.smtpPort);
  change.smtpUsername = orNull(v.smtpUsername);
  if (v.removePassword) change.smtpPassword = '';
  else if (v.smtpPassword) change.smtpPassword = v.smtpPassword;
  change.smtpFrom = orNull(v.smtpFrom);
  change.smtpStarttls = v.smtpStarttls;
  return change;
}
