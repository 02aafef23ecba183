import { makeStore } from '@/app/store';
import { meApi } from '@/features/identity/api/me-api';
import { sessionStore } from '@/lib/auth/session-store';
import { fakeIdentity } from '@/testing/fake-identity';

import { refreshSession } from '@/lib/api/base-api';

function staleSession() {
  sessionStore.signIn({
    accessToken: 'stale',
    tokenType: 'Bearer',
    expiresIn: 900,
    mfaEnrolmentRequired: false,
  });
}

describe('re-authenticating base query', () => {
  it('sends the bearer token', async () => {
    fakeIdentity.signInWithCookie('u-editor');
    await refreshSession();
    const store = makeStore();

    const result = await store.dispatch(meApi.endpoints.getMe.initiate());

    expect(result.data?.email).toBe('editor@example.com');
    expect(fakeIdentity.refreshCalls).toBe(1);
  });

  it('refreshes once on a 401 and replays the request with the new token', async () => {
    fakeIdentity.signInWithCookie('u-owner');
    staleSession();
    const store = makeStore();

    const result = await store.dispatch(meApi.endpoints.getMe.initiate());

    expect(result.data?.displayName).toBe('Olivia Owner');
    expect(fakeIdentity.refreshCalls).toBe(1);
    expect(sessionStore.getAccessToken()).toMatch(/^at-u-owner-/);
  });

  it('shares one refresh between concurrent 401s', async () => {
    fakeIdentity.signInWithCookie('u-owner');
    fakeIdentity.refreshDelayMs = 50;
    staleSession();
    const store = makeStore();

    const [me, sessions, tokens] = await Promise.all([
      store.dispatch(meApi.endpoints.getMe.initiate()),
      store.dispatch(meApi.endpoints.getSessions.initiate()),
      store.dispatch(meApi.endpoints.getTokens.initiate()),
    ]);

    expect(me.isSuccess && sessions.isSuccess && tokens.isSuccess).toBe(true);
    expect(fakeIdentity.refreshCalls).toBe(1);
  });

  it('forgets the session when the refresh is refused', async () => {
    fakeIdentity.cookieUserId = null;
    staleSession();
    const store = makeStore();

    const result = await store.dispatch(meApi.endpoints.getMe.initiate());

    expect(result.error).toMatchObject({ status: 401 });
    expect(fakeIdentity.refreshCalls).toBe(1);
    expect(sessionStore.getState()).toMatchObject({
      status: 'anonymous',
      accessToken: null,
      reason: 'expired',
    });
  });

  it('does not refresh for anonymous calls', async () => {
    const store = makeStore();

    const result = await store.dispatch(meApi.endpoints.getMe.initiate());

    expect(result.error).toMatchObject({ status: 401 });
    expect(fakeIdentity.refreshCalls).toBe(0);
  });
});
