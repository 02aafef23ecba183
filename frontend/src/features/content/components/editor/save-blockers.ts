import { countGraphemes } from '@/lib/graphemes';

import type { ContentTypes } from '../../api/types';
import { channelLimit } from './channel-limits';
import type { DraftContent } from './use-editor-draft';

/**
 * Why the draft cannot be saved yet, in words: a missing title or a text over its limit (the
 * server would refuse it; saying so here keeps the person's text and their place).
 */
export function saveBlockers(
  draft: DraftContent,
  type: string,
  types: ContentTypes | undefined,
): string[] {
  const blockers: string[] = [];
  if (draft.title.trim() === '') blockers.push('The title is required.');
  const limits = types?.items.find((t) => t.type === type)?.limits ?? {};
  const over = (label: string, text: string | null, limit: number | undefined) => {
    const length = countGraphemes(text ?? '');
    if (limit !== undefined && length > limit) {
      blockers.push(`${label} is ${length - limit} characters over its limit of ${limit}.`);
    }
  };
  over('The title', draft.title, limits.title);
  over('The summary', draft.summary, limits.summary);
  over('The subject', draft.subject, limits.subject);
  over('The body', draft.body, limits.body);
  for (const variant of draft.variants) {
    over(
      `The ${variant.channel} text`,
      variant.body ?? '',
      channelLimit(variant.channel, types?.channelLimits ?? {}),
    );
  }
  return blockers;
}
