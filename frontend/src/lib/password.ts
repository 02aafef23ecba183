/** The server's policy has the final word; this is what the form tells people up front. */
export const MIN_PASSWORD_LENGTH = 12;

export const PASSWORDS_DIFFER = 'The passwords do not match';

/** A rough strength hint; the server's policy has the final word. */
export function passwordStrength(password: string): { score: number; label: string } {
  let score = 0;
  if (password.length >= 12) score += 1;
  if (password.length >= 16) score += 1;
  if (/[a-z]/.test(password) && /[A-Z]/.test(password)) score += 1;
  if (/\d/.test(password)) score += 1;
  if (/[^A-Za-z0-9]/.test(password)) score += 1;
  const labels = ['Very weak', 'Weak', 'Fair', 'Good', 'Strong', 'Very strong'];
  return { score, label: labels[score] ?? 'Strong' };
}

type Rule<V> = (value: string, values: V) => string | null;

/**
 * Form rules for a new password in `field` and its repetition in `confirm`: the password must
 * be given (`missing` says so), the repetition must equal it.
 */
export function newPasswordRules<F extends string>(
  field: F,
  missing: string,
): Record<F, Rule<unknown>> & { confirm: Rule<Record<F, string>> } {
  const rules = {
    [field]: (value: string) => (value ? null : missing),
    confirm: (value: string, values: Record<F, string>) =>
      value === values[field] ? null : PASSWORDS_DIFFER,
  };
  return rules as Record<F, Rule<unknown>> & { confirm: Rule<Record<F, string>> };
}
