/** A form rule: something that looks like an e-mail address (the server checks the rest). */
export function emailAddress(value: string): string | null {
  return /^\S+@\S+$/.test(value) ? null : 'Enter an e-mail address';
}
