/** Shapes of the content API (docs/content-api.md). Instants are ISO-8601 in UTC. */

import type { Page } from '@/lib/api/page';

export const CONTENT_TYPES = [
  'article',
  'blog-post',
  'social-post',
  'video-script',
  'newsletter',
] as const;
/** Kebab-case type slug; a string so a type the server adds later still renders. */
export type ContentTypeSlug = (typeof CONTENT_TYPES)[number] | (string & {});

export const CONTENT_STATUSES = [
  'idea',
  'draft',
  'in-review',
  'approved',
  'scheduled',
  'published',
  'archived',
] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export const WORKFLOW_ACTIONS = [
  'start',
  'submit',
  'approve',
  'reject',
  'schedule',
  'unschedule',
  'publish',
  'unpublish',
  'archive',
  'unarchive',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** A user as content shows them (names come from identity's people facade). */
export interface PersonRef {
  id: string;
  displayName: string;
  initials: string;
}

export interface TypeLimits {
  title?: number;
  summary?: number;
  body?: number;
  subject?: number;
  [field: string]: number | undefined;
}

/** One entry of `GET /content/types`: which panels the type has and its field limits. */
export interface ContentTypeDefinition {
  type: ContentTypeSlug;
  label: string;
  seo: boolean;
  summary: boolean;
  sections: boolean;
  subject: boolean;
  limits: TypeLimits;
}

export interface ContentTypes {
  items: ContentTypeDefinition[];
  /** Character limit per network; a variant's channel takes the limit of the network it starts with. */
  channelLimits: Record<string, number>;
}

export interface Seo {
  metaTitle: string | null;
  metaDescription: string | null;
  canonicalUrl: string | null;
}

export interface Variant {
  channel: string;
  title: string | null;
  body: string | null;
}

export interface Section {
  heading: string;
  body: string;
}

export interface ItemPermissions {
  edit: boolean;
  delete: boolean;
}

/** `ItemResponse`: the whole item; its `version` is the ETag. */
export interface ItemResponse {
  id: string;
  type: ContentTypeSlug;
  status: ContentStatus;
  title: string;
  slug: string;
  summary: string | null;
  body: string | null;
  tags: string[];
  coverMediaId: string | null;
  seo: Seo;
  channels: string[];
  variants: Variant[];
  subject: string | null;
  sections: Section[];
  author: PersonRef;
  coAuthors: PersonRef[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  trashedAt: string | null;
  /** The row version (the ETag). */
  version: number;
  /** The number of the latest history version. */
  currentVersion: number;
  allowedActions: WorkflowAction[];
  permissions: ItemPermissions;
}

/** A list row: the item without body, variants, sections and seo, plus a text snippet. */
export interface ItemSummary extends Omit<ItemResponse, 'body' | 'variants' | 'sections' | 'seo'> {
  /** The first 160 characters of the body as text. */
  snippet: string | null;
}

/** The editable fields, as `POST` (with `type`, `status`) and `PUT` take them. */
export interface ItemContent {
  title: string;
  slug?: string | null;
  summary?: string | null;
  body?: string | null;
  tags?: string[];
  coverMediaId?: string | null;
  seo?: Seo;
  channels?: string[];
  variants?: Variant[];
  subject?: string | null;
  sections?: Section[];
  coAuthorIds?: string[];
}

export interface CreateItemRequest extends ItemContent {
  type: ContentTypeSlug;
  status?: 'idea' | 'draft';
  note?: string;
}

export interface UpdateItemRequest extends ItemContent {
  note?: string;
}

export type ContentSort = 'updated' | 'created' | 'published' | 'title';
export type SortOrder = 'asc' | 'desc';

/** The filters `GET /content`, `/content/facets` and `/content/export` share. */
export interface ContentFilter {
  status?: ContentStatus[];
  type?: string[];
  tag?: string[];
  author?: string[];
  channel?: string[];
  createdFrom?: string;
  createdTo?: string;
  updatedFrom?: string;
  updatedTo?: string;
  publishedFrom?: string;
  publishedTo?: string;
  q?: string;
  trashed?: boolean;
}

export interface ContentListArgs extends ContentFilter {
  sort?: ContentSort;
  order?: SortOrder;
  limit?: number;
}

export type ItemPage = Page<ItemSummary>;

export interface FacetCount {
  value: string;
  count: number;
  /** Present for `author`: the user's name. */
  label?: string;
}

export interface Facets {
  status: FacetCount[];
  type: FacetCount[];
  tag: FacetCount[];
  author: FacetCount[];
  total: number;
}

export type BulkAction = 'archive' | 'trash' | 'tag' | 'untag' | 'assign';

export interface BulkRequest {
  action: BulkAction;
  /** At most 500. */
  ids: string[];
  tags?: string[];
  authorId?: string;
}

export interface BulkFailure {
  id: string;
  status: number;
  title: string;
  detail: string | null;
}

export interface BulkResult {
  updated: string[];
  failed: BulkFailure[];
}

export interface TransitionRequest {
  action: WorkflowAction;
  comment?: string;
  /** Required for `schedule`: an instant in the future. */
  at?: string;
}

export interface SearchArgs {
  q: string;
  type?: string[];
  status?: ContentStatus[];
  limit?: number;
}

export interface SearchHit {
  id: string;
  type: ContentTypeSlug;
  status: ContentStatus;
  title: string;
  slug: string;
  updatedAt: string;
  rank: number;
  /** HTML-escaped text; matches wrapped in `<mark>`, nothing else is markup. */
  titleHighlight: string;
  /** HTML-escaped text; matches wrapped in `<mark>`, nothing else is markup. */
  snippet: string;
}

export type VersionSource = 'ui' | 'api' | 'restore' | 'import' | 'bulk' | 'transition' | 'ai';

export interface VersionSummary {
  number: number;
  author: PersonRef;
  createdAt: string;
  source: VersionSource | (string & {});
  note: string | null;
  status: ContentStatus;
  pinned: boolean;
}

export interface VersionDetail extends VersionSummary {
  content: ItemContent;
}

export type WordOp = 'equal' | 'insert' | 'delete';

export interface WordChange {
  op: WordOp;
  text: string;
}

export interface FieldDiff {
  field: string;
  change: 'changed' | 'added' | 'removed';
  before: unknown;
  after: unknown;
  words?: WordChange[];
}

export interface VersionDiff {
  from: number;
  to: number;
  fields: FieldDiff[];
}

export interface WorkingCopySaved {
  savedAt: string;
  baseVersion: number;
}

export interface WorkingCopy extends WorkingCopySaved {
  content: ItemContent;
}

export interface Preview {
  html: string;
}

export interface ChannelPreview {
  title: string;
  html: string;
}

export type Verdict = 'approved' | 'changes-requested';

export interface ReviewComment {
  id: string;
  /** Null for a comment from an external reviewer (see `externalName`). */
  author: PersonRef | null;
  externalName: string | null;
  body: string;
  quote: string | null;
  resolved: boolean;
  resolvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  verdict: Verdict | null;
}

export interface CreatedShareLink {
  id: string;
  label: string | null;
  url: string;
  /** Shown once. */
  token: string;
  expiresAt: string;
}

export interface ShareLink {
  id: string;
  label: string | null;
  createdBy: PersonRef;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastVerdict: Verdict | null;
}

/** `GET /review/{token}`: the item as its channels render it, for someone without an account. */
export interface PublicReview {
  title: string;
  type: ContentTypeSlug;
  /** Sanitised server-side. */
  html: string;
  variants: { channel: string; title: string | null; html: string }[];
  comments: ReviewComment[];
  expiresAt: string;
}

export interface PublicCommentRequest {
  name: string;
  body: string;
  quote?: string;
}

export interface VerdictRequest {
  name: string;
  verdict: Verdict;
  comment?: string;
}

export interface ImportedFile {
  file: string;
  id: string;
  title: string;
}

export interface ImportFailure {
  file: string;
  line: number | null;
  message: string;
}

export interface ImportResult {
  imported: ImportedFile[];
  failed: ImportFailure[];
}
