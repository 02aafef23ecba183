const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The number of user-perceived characters (grapheme clusters), as social networks and the
 * server count a post's length: an emoji with skin tone or a flag is one, not two to seven.
 */
export function countGraphemes(text: string): number {
  let count = 0;
  // Counting the iterator avoids building an array for a 60,000-character text.
  const segments = segmenter.segment(text)[Symbol.iterator]();
  while (!segments.next().done) count += 1;
  return count;
}
