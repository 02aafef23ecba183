import { Fragment } from 'react';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Search highlights from the server (HTML-escaped text whose only markup is `<mark>…</mark>`)
 * as React text and `<mark>` elements: nothing the server sends becomes markup of its own.
 */
export function MarkedText({ html }: { html: string }) {
  const parts = html.split(/<mark>|<\/mark>/);
  return (
    <>
      {parts.map((part, i) =>
        // Split on the tags, the parts alternate: outside, inside, outside, …
        i % 2 === 1 ? (
          <mark key={i}>{decode(part)}</mark>
        ) : (
          <Fragment key={i}>{decode(part)}</Fragment>
        ),
      )}
    </>
  );
}
