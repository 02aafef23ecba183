import type { DiffWord } from '@/components/data/word-diff';

export type { DiffWord };

/**
 * The editor's view of the content API (docs/content-api.md). Kept apart from the list's
 * `types.ts` until both land; the shapes are the contract's.
 */

export type ContentStatus =
  'idea' | 'draft' | 'in-review' | 'approved' | 'scheduled' | 'published' | 'archived';

export type TransitionAction =
  | 'start'
  | 'submit'
  | 'approve'
  | 'reject'
  | 'schedule'
  | 'unschedule'
  | 'publish'
  | 'unpublish'
  | 'archive'
  | 'unarchive';

export interface PersonRef {
  id: string;
  displayName: string;
  initials: string;
}

export interface Seo {
  metaTitle: string | null;
  metaDescription: string | null;
  canonicalUrl: string | null;
}

export interface Variant {
  channel: string;
  title: string | null;
  body: string;
}

export interface Section {
  heading: string;
  body: string;
}

/** The fields a person edits; what a version snapshot and a working copy hold. */
export interface EditableContent {
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

export interface ContentItem extends EditableContent {
  id: string;
  type: string;
  status: ContentStatus;
  author: PersonRef;
  coAuthors: PersonRef[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  trashedAt: string | null;
  /** The row version, sent back as `If-Match`. */
  version: number;
  /** The number of the latest history version. */
  currentVersion: number;
  allowedActions: TransitionAction[];
  permissions: { edit: boolean; delete: boolean };
}

/** `PUT /content/{id}`: every field replaced; `slug` null keeps it. */
export interface ItemUpdate extends Omit<EditableContent, 'slug'> {
  slug: string | null;
  coAuthorIds: string[];
  note?: string;
}

export interface ContentTypeInfo {
  type: string;
  label: string;
  seo: boolean;
  summary: boolean;
  sections: boolean;
  subject: boolean;
  limits: Partial<Record<'title' | 'summary' | 'body' | 'subject', number>>;
}

export interface ContentTypes {
  items: ContentTypeInfo[];
  channelLimits: Record<string, number>;
}

export interface WorkingCopyState {
  savedAt: string;
  baseVersion: number;
}

export interface WorkingCopy extends WorkingCopyState {
  content: EditableContent;
}

export type VersionSource = 'ui' | 'api' | 'restore' | 'import' | 'bulk' | 'transition' | 'ai';

export interface VersionSummary {
  number: number;
  author: PersonRef | null;
  createdAt: string;
  source: VersionSource;
  note: string | null;
  status: ContentStatus;
  pinned: boolean;
}

export interface VersionDetail extends VersionSummary {
  content: EditableContent;
}

export interface FieldDiff {
  field: string;
  change: 'changed' | 'added' | 'removed';
  before: unknown;
  after: unknown;
  words?: DiffWord[];
}

export interface VersionDiff {
  from: number;
  to: number;
  fields: FieldDiff[];
}

export interface ReviewComment {
  id: string;
  author: PersonRef | null;
  /** The name an external reviewer gave (share links), when there is no author. */
  externalName: string | null;
  body: string;
  quote: string | null;
  resolved: boolean;
  resolvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  verdict: 'approved' | 'changes-requested' | null;
}

export interface ShareLink {
  id: string;
  label: string | null;
  createdBy: PersonRef | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastVerdict: 'approved' | 'changes-requested' | null;
}

export interface CreatedShareLink {
  id: string;
  label: string | null;
  url: string;
  token: string;
  expiresAt: string;
}

export interface ListOf<T> {
  items: T[];
  nextCursor?: string | null;
}
