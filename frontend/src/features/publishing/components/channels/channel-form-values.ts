import { toProblemDetails } from '@/lib/problem-details';

import type { Channel, ChannelRequest, ConnectorField, ConnectorSpec } from '../../api/types';

/**
 * A secret in the form. Its value is never known to the UI: a stored secret is only "set", and
 * the person keeps it, replaces it (typing a new one) or removes it.
 */
export interface SecretEntry {
  mode: 'keep' | 'replace' | 'remove';
  value: string;
}

export interface ChannelFormValues {
  name: string;
  slug: string;
  requiresApproval: boolean;
  settings: Record<string, string | boolean>;
  secrets: Record<string, SecretEntry>;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const URL = /^https?:\/\/[^\s/?#]+/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A slug from a name: lower case, runs of anything else as one hyphen, at most 60 characters. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}

export function initialValues(spec: ConnectorSpec, channel?: Channel): ChannelFormValues {
  const settings: ChannelFormValues['settings'] = {};
  for (const f of spec.settings) {
    const stored = channel?.settings[f.name];
    settings[f.name] = f.kind === 'boolean' ? stored === 'true' : (stored ?? '');
  }
  const secrets: ChannelFormValues['secrets'] = {};
  for (const f of spec.secrets) {
    // A secret never set has nothing to keep: the input shows at once.
    const set = channel?.secretsSet.includes(f.name) ?? false;
    secrets[f.name] = { mode: set ? 'keep' : 'replace', value: '' };
  }
  return {
    name: channel?.name ?? '',
    slug: channel?.slug ?? '',
    requiresApproval: channel?.requiresApproval ?? false,
    settings,
    secrets,
  };
}

/**
 * The request: settings as the strings the server stores (an empty optional one left out);
 * only the secrets that change (a new value, or `null` to remove one).
 */
export function toRequest(spec: ConnectorSpec, values: ChannelFormValues): ChannelRequest {
  const settings: Record<string, string> = {};
  for (const f of spec.settings) {
    const value = values.settings[f.name];
    const text = typeof value === 'boolean' ? String(value) : (value ?? '').trim();
    if (text !== '') settings[f.name] = text;
  }
  const secrets: Record<string, string | null> = {};
  for (const f of spec.secrets) {
    const entry = values.secrets[f.name];
    if (entry?.mode === 'remove') secrets[f.name] = null;
    else if (entry?.mode === 'replace' && entry.value !== '') secrets[f.name] = entry.value;
  }
  return {
    connector: spec.type,
    name: values.name.trim(),
    slug: values.slug.trim(),
    requiresApproval: values.requiresApproval,
    settings,
    secrets,
  };
}

function settingProblem(f: ConnectorField, value: string | boolean | undefined): string | null {
  if (typeof value === 'boolean') return null;
  const text = (value ?? '').trim();
  if (text === '') return f.required ? `${f.label} is required` : null;
  if (f.kind === 'url' && !URL.test(text)) return 'Enter an absolute http(s) URL';
  if (f.kind === 'email' && !EMAIL.test(text)) return 'Enter an e-mail address';
  if (f.kind === 'number' && !Number.isFinite(Number(text))) return 'Enter a number';
  return null;
}

/** What the browser can tell before asking the server: the same rules the server applies. */
export function validate(spec: ConnectorSpec, creating: boolean) {
  return (values: ChannelFormValues): Record<string, string> => {
    const errors: Record<string, string> = {};
    if (!values.name.trim()) errors.name = 'Name is required';
    if (!SLUG.test(values.slug.trim()) || values.slug.trim().length > 60) {
      errors.slug = 'Lower-case letters, digits and single hyphens, at most 60 characters';
    }
    for (const f of spec.settings) {
      const problem = settingProblem(f, values.settings[f.name]);
      if (problem) errors[`settings.${f.name}`] = problem;
    }
    for (const f of spec.secrets) {
      const entry = values.secrets[f.name];
      // Required on create; on edit a stored one is kept unless removed.
      const missing = entry?.mode === 'replace' && entry.value === '';
      if (f.required && (entry?.mode === 'remove' || (creating && missing))) {
        errors[`secrets.${f.name}.value`] = `${f.label} is required`;
      }
    }
    return errors;
  };
}

function problemOf(error: unknown) {
  return toProblemDetails(error as Parameters<typeof toProblemDetails>[0]);
}

const SLUG_PROBLEM = /\/problems\/channel-slug-(taken|locked)$/;

function formFields(spec: ConnectorSpec): Set<string> {
  return new Set([
    'name',
    'slug',
    'requiresApproval',
    ...spec.settings.map((f) => `settings.${f.name}`),
    ...spec.secrets.map((f) => `secrets.${f.name}`),
  ]);
}

/**
 * The server's field problems as form errors: `settings.url` stays, `secrets.secret` goes to
 * the secret's input, and a taken or locked slug lands on the slug.
 */
export function serverErrors(error: unknown, spec: ConnectorSpec): Record<string, string> {
  const problem = problemOf(error);
  const known = formFields(spec);
  const errors: Record<string, string> = {};
  for (const { field, message } of problem.errors) {
    if (!known.has(field)) continue;
    const path = field.startsWith('secrets.') ? `${field}.value` : field;
    errors[path] = errors[path] ? `${errors[path]}; ${message}` : message;
  }
  if (SLUG_PROBLEM.test(problem.type)) errors.slug = problem.detail ?? problem.title;
  return errors;
}

/** Whether every part of the problem shows on a field, so the form needs no alert for it. */
export function shownOnFields(error: unknown, spec: ConnectorSpec): boolean {
  const problem = problemOf(error);
  if (SLUG_PROBLEM.test(problem.type)) return true;
  const known = formFields(spec);
  return problem.errors.length > 0 && problem.errors.every((e) => known.has(e.field));
}
