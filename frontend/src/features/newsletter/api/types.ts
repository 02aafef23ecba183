/** The newsletter API's shapes (docs/newsletter-api.md). */

export interface NewsletterList {
  id: string;
  name: string;
  description?: string | null;
  fromName?: string | null;
  replyTo?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ListRequest {
  name: string;
  description?: string;
  fromName?: string;
  replyTo?: string;
}

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed' | 'bounced' | 'complained';

export interface Subscriber {
  id: string;
  email: string;
  name?: string | null;
  status: SubscriberStatus;
  source?: string | null;
  createdAt: string;
  confirmedAt?: string | null;
}

/** `POST …/subscribers/import`: what a CSV import did. */
export interface ImportResult {
  added: number;
  merged: number;
  confirmed: number;
  pending: number;
  invalidCount: number;
  invalid: { line: number; reason: string }[];
  truncated: boolean;
}

export interface Suppression {
  email: string;
  reason: 'bounced' | 'complained';
  detail?: string | null;
  createdAt: string;
}

export type EditionStatus = 'sending' | 'sent';

/** An edition and how far its sending got (`GET /newsletter/editions/{id}`). */
export interface Edition {
  id: string;
  listId: string;
  idempotencyKey: string;
  subject: string;
  status: EditionStatus;
  total: number;
  sent: number;
  failed: number;
  skipped: number;
  opens: number;
  uniqueOpens: number;
  clicks: number;
  uniqueClicks: number;
  createdAt: string;
  finishedAt?: string | null;
}
