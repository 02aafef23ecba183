/**
 * The publishing API's shapes (docs/publishing-api.md). The server leaves a field without a value
 * out of its answer, so each such field may be absent as well as `null`.
 */

export type FieldKind = 'text' | 'url' | 'email' | 'number' | 'boolean' | 'secret';

/** One setting or secret a connector takes, e.g. a webhook's receiver URL. */
export interface ConnectorField {
  name: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  help: string;
}

/** `GET /channels/connectors`: what a channel can be, and what its connector can do. */
export interface ConnectorSpec {
  type: string;
  label: string;
  settings: ConnectorField[];
  secrets: ConnectorField[];
  pull: boolean;
  canUpdate: boolean;
  canUnpublish: boolean;
  repeatIsSafe: boolean;
  canLookUp: boolean;
  rotatable: boolean;
}

export type HealthState = 'ok' | 'temporary_failure' | 'credential_invalid' | 'unknown';

/** Whether a channel's credentials work; also what "send test" answers. */
export interface ChannelHealth {
  state: HealthState;
  detail: string;
  checkedAt?: string | null;
  credentialExpiresAt?: string | null;
}

export interface PersonRef {
  id: string;
  displayName: string;
  initials: string;
}

export interface Channel {
  id: string;
  slug: string;
  name: string;
  connector: string;
  settings: Record<string, string>;
  /** The secrets that hold a value; their values are never answered. */
  secretsSet: string[];
  requiresApproval: boolean;
  health: ChannelHealth;
  createdBy: PersonRef;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** `POST /channels` 201: the channel, with any secrets the server generated (`generatedSecrets`), answered this once. */
export interface CreatedChannel extends Channel {
  generatedSecrets?: Record<string, string> | null;
}

/**
 * The body of create and update. On update `secrets` merges: left out is kept, a value replaces,
 * `null` removes.
 */
export interface ChannelRequest {
  slug: string;
  name: string;
  connector: string;
  settings: Record<string, string>;
  secrets: Record<string, string | null>;
  requiresApproval: boolean;
}

/** `POST /channels/{id}/rotate-secret`: the new secrets, answered this once. */
export interface RotatedSecrets {
  channel: Channel;
  secrets: Record<string, string>;
}

/** The extension members of a 409 `/problems/channel-in-use`. */
export interface ChannelInUse {
  items: { id: string; title: string }[];
  publications: number;
}

export type PublicationStatus =
  | 'pending'
  | 'sending'
  | 'retrying'
  | 'delivered'
  | 'failed'
  | 'needs_checking'
  | 'removed'
  | 'cancelled';

export type PublicationAction = 'retry' | 'send_again' | 'mark_delivered';

export type Operation = 'publish' | 'update' | 'unpublish';

export interface ChannelRef {
  id: string;
  slug: string;
  name: string;
  connector?: string;
}

/** One item's delivery to one channel. */
export interface Publication {
  id: string;
  channel: ChannelRef;
  status: PublicationStatus;
  operation: Operation;
  attempts: number;
  lastError?: string | null;
  nextAttemptAt?: string | null;
  externalId?: string | null;
  externalUrl?: string | null;
  deliveredAt?: string | null;
  itemVersion: number;
  /** What the caller may do now. */
  actions: PublicationAction[];
  updatedAt: string;
  version: number;
}

export interface ChannelApproval {
  channel: string;
  approvedBy: PersonRef;
  approvedAt: string;
}

/** `GET /content/{id}/publications`. */
export interface ItemPublications {
  items: Publication[];
  approvals: ChannelApproval[];
}

export type AttemptOutcome =
  | 'in_progress'
  | 'delivered'
  | 'retry'
  | 'unknown'
  | 'failed'
  | 'credential_rejected'
  | 'found'
  | 'not_found'
  | 'unavailable'
  | 'marked_delivered';

/** One row of the delivery log. `request` is a summary, never headers or secrets. */
export interface Attempt {
  id: string;
  publicationId: string;
  item: { id: string; title?: string | null };
  /** Absent once the channel was deleted. */
  channel?: ChannelRef | null;
  operation: Operation;
  /** `manual`: a person marked it delivered. */
  kind: 'send' | 'lookup' | 'manual';
  number: number;
  idempotencyKey?: string | null;
  request: string;
  status?: number | null;
  response?: string | null;
  elapsedMs?: number | null;
  outcome: AttemptOutcome;
  reason?: string | null;
  startedAt: string;
  finishedAt?: string | null;
}

/** A delivery-api channel's key as listed: never the key, only its prefix. */
export interface DeliveryKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt?: string | null;
}

/** `POST /channels/{id}/delivery-keys` 201: the key, answered this once. */
export interface CreatedDeliveryKey {
  id: string;
  name: string;
  key: string;
  prefix: string;
  createdAt: string;
}
