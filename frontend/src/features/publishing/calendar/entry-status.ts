/**
 * A chip's colour by workflow status (the same hues as the content list's badges; the status is
 * also named in text, so colour is never the only cue).
 */
const COLORS: Record<string, string> = {
  idea: 'grape',
  draft: 'blue',
  'in-review': 'yellow',
  approved: 'teal',
  scheduled: 'cyan',
  published: 'green',
  archived: 'gray',
};

export function statusColor(status: string): string {
  return COLORS[status] ?? 'gray';
}

export function statusLabel(status: string): string {
  const words = status.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
