/**
 * The signed-in session, in memory only. The access token never touches localStorage or
 * sessionStorage: a reload loses it and the app restores it with one silent refresh (the
 * HttpOnly refresh cookie survives reloads, JavaScript never sees it).
 *
 * JavaScript cannot tell whether that cookie exists, so a hint in localStorage (no secret, just
 * "this browser signed in") says whether the refresh is worth trying: a visitor who never signed
 * in, or signed out, loads the page without a refused refresh in the console.
 */

/** localStorage key of the "this browser may have a session" hint. */
export const SESSION_HINT_KEY = 'trae.session-hint';

export const sessionHint = {
  /** True unless this browser is known to have no session (storage unavailable: try). */
  present: (): boolean => {
    try {
      return window.localStorage.getItem(SESSION_HINT_KEY) !== null;
    } catch {
      return true;
    }
  },
  remember: () => {
    try {
      window.localStorage.setItem(SESSION_HINT_KEY, '1');
    } catch {
      // Private mode: every load tries the refresh, as before the hint.
    }
  },
  forget: () => {
    try {
      window.localStorage.removeItem(SESSION_HINT_KEY);
    } catch {
      // nothing stored
    }
  },
};

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
    sessionHint.remember();
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
    sessionHint.forget();
    set({ status: 'anonymous', accessToken: null, mfaEnrolmentRequired: false, reason });
  },
  /** Back to "not yet known" (tests start every case from here). */
  reset: () => {
    set(INITIAL);
  },
};
