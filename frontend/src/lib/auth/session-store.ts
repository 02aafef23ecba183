/**
 * The signed-in session, in memory only. The access token never touches localStorage or
 * sessionStorage: a reload loses it and the app restores it with one silent refresh (the
 * HttpOnly refresh cookie survives reloads, JavaScript never sees it).
 */

/** `POST /auth/login`, `/auth/mfa` and `/auth/refresh` answer this. */
export interface TokenResponse {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds. */
  expiresIn: number;
  mfaEnrolmentRequired: boolean;
}

export type SessionStatus = 'unknown' | 'authenticated' | 'anonymous';

/** Why there is no session: never had one, signed out, or the refresh failed. */
export type SignedOutReason = 'none' | 'signed-out' | 'expired';

export interface SessionState {
  status: SessionStatus;
  accessToken: string | null;
  mfaEnrolmentRequired: boolean;
  reason: SignedOutReason;
}

const INITIAL: SessionState = {
  status: 'unknown',
  accessToken: null,
  mfaEnrolmentRequired: false,
  reason: 'none',
};

let state: SessionState = INITIAL;
const listeners = new Set<() => void>();

function set(next: SessionState) {
  state = next;
  listeners.forEach((listener) => {
    listener();
  });
}

export const sessionStore = {
  getState: (): SessionState => {
    return state;
  },
  getAccessToken: (): string | null => {
    return state.accessToken;
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  /** Stores the token of a successful login, MFA step or refresh. */
  signIn: (token: TokenResponse) => {
    set({
      status: 'authenticated',
      accessToken: token.accessToken,
      mfaEnrolmentRequired: token.mfaEnrolmentRequired,
      reason: 'none',
    });
  },
  /** The server answered 403 mfa-enrolment-required: the role now demands MFA. */
  requireEnrolment: () => {
    if (state.status === 'authenticated' && !state.mfaEnrolmentRequired) {
      set({ ...state, mfaEnrolmentRequired: true });
    }
  },
  /** Forgets the token; `reason` tells the login page what to say. */
  signOut: (reason: SignedOutReason = 'signed-out') => {
    set({ status: 'anonymous', accessToken: null, mfaEnrolmentRequired: false, reason });
  },
  /** Back to "not yet known" (tests start every case from here). */
  reset: () => {
    set(INITIAL);
  },
};
