import { refreshSession } from '@/lib/api/base-api';
import { fakeIdentity } from '@/testing/fake-identity';
import { server } from '@/testing/server';
import { makeStore, waitFor } from '@/testing/test-utils';

import { adminApi } from './admin-api';
import { meApi } from './me-api';

/** Counts the requests the store sends from now on, as "METHOD /path?query". */
function recordRequests() {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    seen.push(`${request.method} ${url.pathname}${url.search}`);
  };
  server.events.on('request:start', listener);
  onTestFinished(() => {
    server.events.removeListener('request:start', listener);
  });
  return (prefix: string) => seen.filter((s) => s.startsWith(prefix)).length;
}

async function signedInStore() {
  fakeIdentity.signInWithCookie('u-owner');
  await refreshSession();
  return makeStore();
}

describe('cache tags', () => {
  it('refetches only the user lists that show the user who changed', async () => {
    const store = await signedInStore();
    const everyone = store.dispatch(adminApi.endpoints.getUsers.initiate(''));
    const eddies = store.dispatch(adminApi.endpoints.getUsers.initiate('Eddie'));
    const roles = store.dispatch(adminApi.endpoints.getRoles.initiate());
    await Promise.all([everyone, eddies, roles]);
    const pages = adminApi.endpoints.getUsers.select('Eddie')(store.getState()).data?.pages;
    expect(pages?.flatMap((p) => p.items.map((u) => u.id))).toEqual(['u-editor']);
    const requests = recordRequests();

    await store
      .dispatch(adminApi.endpoints.updateUser.initiate({ id: 'u-author', disabled: true }))
      .unwrap();

    await waitFor(() => {
      expect(requests('GET /api/v1/users?limit')).toBe(1);
    });
    expect(requests('GET /api/v1/users?q=Eddie')).toBe(0);
    expect(requests('GET /api/v1/roles')).toBe(0);
    for (const sub of [everyone, eddies, roles]) sub.unsubscribe();
  });

  it('refetches the token list after a new or revoked token, and leaves sessions alone', async () => {
    const store = await signedInStore();
    const tokens = store.dispatch(meApi.endpoints.getTokens.initiate());
    const sessions = store.dispatch(meApi.endpoints.getSessions.initiate());
    await Promise.all([tokens, sessions]);
    const requests = recordRequests();

    const created = await store
      .dispatch(
        meApi.endpoints.createToken.initiate({ name: 'ci', scopes: ['me:read'], expiresInDays: 7 }),
      )
      .unwrap();
    await waitFor(() => {
      expect(requests('GET /api/v1/me/tokens')).toBe(1);
    });
    await store.dispatch(meApi.endpoints.revokeToken.initiate(created.id)).unwrap();
    await waitFor(() => {
      expect(requests('GET /api/v1/me/tokens')).toBe(2);
    });
    expect(requests('GET /api/v1/me/sessions')).toBe(0);
    tokens.unsubscribe();
    sessions.unsubscribe();
  });

  it('verifies the audit chain with a read, not a write', async () => {
    const store = await signedInStore();
    const requests = recordRequests();
    const result = await store.dispatch(adminApi.endpoints.verifyAuditChain.initiate()).unwrap();
    expect(result.valid).toBe(true);
    expect(requests('GET /api/v1/audit-events/verify')).toBe(1);
  });
});
