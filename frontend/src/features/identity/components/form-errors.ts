import { toProblemDetails } from '@/lib/problem-details';

/**
 * Field errors of a problem (`errors: [{field, message}]`) as a form's error map, limited to
 * the form's fields. Errors for other fields are left to the problem alert.
 */
export function fieldErrors(error: unknown, fields: readonly string[]): Record<string, string> {
  const problem = toProblemDetails(error as Parameters<typeof toProblemDetails>[0]);
  const result: Record<string, string> = {};
  for (const { field, message } of problem.errors) {
    if (fields.includes(field))
      result[field] = result[field] ? `${result[field]}; ${message}` : message;
  }
  return result;
}

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

export const MIN_PASSWORD_LENGTH = 12;
