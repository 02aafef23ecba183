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
