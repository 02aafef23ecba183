import { useCallback } from 'react';
import { useDispatch } from 'react-redux';

import { baseApi, USER_TAGS } from '@/lib/api/base-api';
import { sessionStore, type TokenResponse } from '@/lib/auth/session-store';

/** Stores a fresh token and drops whatever the previous user's data left in the cache. */
export function useCompleteSignIn() {
  const dispatch = useDispatch();
  return useCallback(
    (token: TokenResponse) => {
      dispatch(baseApi.util.invalidateTags([...USER_TAGS]));
      sessionStore.signIn(token);
    },
    [dispatch],
  );
}
