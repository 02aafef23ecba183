import { useCallback, useMemo, useState } from 'react';

import type { ItemContent, ItemResponse, Section, Seo, Variant } from '../../api/types';

/** Every field a person edits, none left out: what the draft holds and a save sends. */
export interface DraftContent {
  title: string;
  slug: string;
  summary: string | null;
  body: string;
  tags: string[];
  coverMediaId: string | null;
  seo: Seo;
  channels: string[];
  variants: Variant[];
  subject: string | null;
  sections: Section[];
}

const NO_SEO: Seo = { metaTitle: null, metaDescription: null, canonicalUrl: null };

/** The editable fields of an item, a version's snapshot or a working copy, gaps filled. */
export function fieldsOf(item: ItemContent): DraftContent {
  return {
    title: item.title,
    slug: item.slug ?? '',
    summary: item.summary ?? null,
    body: item.body ?? '',
    tags: item.tags ?? [],
    coverMediaId: item.coverMediaId ?? null,
    seo: item.seo ?? NO_SEO,
    channels: item.channels ?? [],
    variants: item.variants ?? [],
    subject: item.subject ?? null,
    sections: item.sections ?? [],
  };
}

/** JSON with every object's keys sorted: the same content whatever order its keys came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether two contents hold the same fields. The server keeps a working copy as `jsonb`, which
 * answers its keys in an order of its own, so key order does not count.
 */
export function sameContent(a: ItemContent, b: ItemContent) {
  return canonical(fieldsOf(a)) === canonical(fieldsOf(b));
}

interface DraftState {
  /** What the person sees and edits. */
  draft: DraftContent;
  /** The stored content the draft started from: the draft is dirty when it differs. */
  base: DraftContent;
  /** The row version the draft is based on: what a save sends as `If-Match`. */
  baseVersion: number;
  /** Bumped when the draft is replaced from outside, so the rich text editor reloads it. */
  epoch: number;
}

export type Draft = ReturnType<typeof useEditorDraft>;

/**
 * The editor's working state. The draft keeps the version it was based on, so a save after
 * someone else's change is a 412 (and a conflict dialog) instead of a silent overwrite.
 */
export function useEditorDraft(item: ItemResponse) {
  const [state, setState] = useState<DraftState>(() => ({
    draft: fieldsOf(item),
    base: fieldsOf(item),
    baseVersion: item.version,
    epoch: 0,
  }));

  const set = useCallback(<K extends keyof DraftContent>(key: K, value: DraftContent[K]) => {
    setState((s) => ({ ...s, draft: { ...s.draft, [key]: value } }));
  }, []);

  /** The draft becomes the stored item (after a save, a restore, or "keep theirs"). */
  const reset = useCallback((stored: ItemResponse) => {
    setState((s) => ({
      draft: fieldsOf(stored),
      base: fieldsOf(stored),
      baseVersion: stored.version,
      epoch: s.epoch + 1,
    }));
  }, []);

  /** Takes up edits made elsewhere (a working copy) on top of the version they were based on. */
  const adopt = useCallback((content: ItemContent, baseVersion: number) => {
    setState((s) => ({ ...s, draft: fieldsOf(content), baseVersion, epoch: s.epoch + 1 }));
  }, []);

  /** A transition moved the row version on without touching the content. */
  const rebase = useCallback((version: number) => {
    setState((s) => ({ ...s, baseVersion: version }));
  }, []);

  const serialized = useMemo(() => JSON.stringify(state.draft), [state.draft]);
  const dirty = useMemo(() => serialized !== JSON.stringify(state.base), [serialized, state.base]);

  return { ...state, serialized, dirty, set, reset, adopt, rebase };
}
