/** Shapes of the identity API (docs/identity-api.md). Instants are ISO-8601 in UTC. */

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: string;
  permissions: string[];
  mfaEnabled: boolean;
  mfaEnrolmentRequired: boolean;
  mfaReminder: boolean;
  createdAt: string;
}

export interface MfaChallenge {
  mfaRequired: true;
  mfaToken: string;
}

export interface Session {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  current: boolean;
}

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  qrCodeSvg: string;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

export interface CreatedApiToken {
  id: string;
  name: string;
  token: string;
  scopes: string[];
  expiresAt: string | null;
}

export interface Invitation {
  email: string;
  role: string;
  expiresAt: string;
}

export type UserStatus = 'active' | 'disabled' | 'invited';

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: string;
  status: UserStatus;
  mfaEnabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  /** Sent back with a change, so one made from a stale copy is refused (409 version-conflict). */
  version: number;
}

export interface CreatedInvitation {
  id: string;
  email: string;
  role: string;
  inviteUrl: string;
  expiresAt: string;
  emailed: boolean;
}

/** `POST /auth/password-reset/request`: the same for every e-mail address. */
export interface PasswordResetAnswer {
  message: string;
  /** False when this server cannot send mail: no link will arrive, an administrator can help. */
  mailConfigured: boolean;
}

export interface ResetLink {
  resetUrl: string;
  expiresAt: string;
}

/** A scope a personal access token may carry (`GET /me/tokens/scopes`). */
export interface TokenScope {
  name: string;
  description: string;
}

export interface Permission {
  name: string;
  description: string;
}

export interface Role {
  name: string;
  builtIn: boolean;
  permissions: string[];
  mfaRequired: boolean;
}

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetName: string | null;
  targetEmail: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** What happened, as the action recorded it (a JSON object; older entries may lack it). */
  summary: Record<string, unknown> | null;
}

export interface AuditFilter {
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

export interface ChainVerification {
  valid: boolean;
  checked: number;
  firstBrokenId: string | null;
  /** Entries committed while the check ran: not linked into the chain yet, so not checked. */
  pending: number;
}

/** Permissions that open the Admin area. */
export const ADMIN_PERMISSIONS = [
  'users:manage',
  'roles:manage',
  'audit:read',
  'settings:manage',
] as const;

export function canAdminister(me: Pick<Me, 'permissions'> | undefined): boolean {
  return !!me && ADMIN_PERMISSIONS.some((p) => me.permissions.includes(p));
}
