import { Text } from '@mantine/core';

import { countGraphemes } from '@/lib/graphemes';

/** Whether `text` fits `limit` user-perceived characters (no limit fits everything). */
export function withinLimit(text: string, limit: number | undefined): boolean {
  return limit === undefined || countGraphemes(text) <= limit;
}

/**
 * "123 / 300" under a text field, red (and said so in its accessible name) once the text is over
 * the limit.
 */
export function LengthCounter({
  text,
  limit,
  label,
}: {
  text: string;
  limit?: number;
  /** What is counted, for the accessible name ("Bluesky text"). */
  label: string;
}) {
  const length = countGraphemes(text);
  const over = limit !== undefined && length > limit;
  return (
    <Text
      component="span"
      display="block"
      size="xs"
      c={over ? 'red' : 'dimmed'}
      fw={over ? 700 : undefined}
      ta="right"
      aria-label={`${label}: ${length}${limit === undefined ? '' : ` of ${limit}`} characters${over ? ', over the limit' : ''}`}
      data-over={over || undefined}
      data-testid="length-counter"
    >
      {limit === undefined ? length : `${length} / ${limit}`}
      {over && ` (${length - limit} over)`}
    </Text>
  );
}
