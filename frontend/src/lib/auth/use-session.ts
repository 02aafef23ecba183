import { useSyncExternalStore } from 'react';

import { sessionStore, type SessionState } from './session-store';

/** The current session; re-renders when it changes. */
export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
}
