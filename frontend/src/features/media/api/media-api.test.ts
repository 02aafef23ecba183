import { refreshSession } from '@/lib/api/base-api';
import { sessionStore } from '@/lib/auth/session-store';
import { fakeIdentity } from '@/testing/fake-identity';
import { fakeMedia, makeMedia } from '@/testing/fake-media';
import { makeStore } from '@/testing/test-utils';

import { conflictCurrent, formatBytes, inUseItems, variantFor } from './media-files';
import { mediaApi } from './media-api';
import { MAX_UPLOAD_BYTES, uploadMedia } from './upload';

const f = fakeMedia;

async function signedInStore() {
  fakeIdentity.signInWithCookie('u-owner');
  await refreshSession();
  return makeStore();
}

describe('media API', () => {
  it('lists in keyset pages and passes search and type on', async () => {
    f.files = Array.from({ length: 5 }, (_, i) => makeMedia(i + 1));
    f.files.push(makeMedia(9, { fileName: 'Report.PDF', kind: 'document' }));
    const store = await signedInStore();
    const args = { limit: 4 };
    await store.dispatch(mediaApi.endpoints.getMediaList.initiate(args));
    const both = await store.dispatch(
      mediaApi.endpoints.getMediaList.initiate(args, { direction: 'forward' }),
    );
    expect(both.data?.pages.map((p) => p.items.length)).toEqual([4, 2]);
    expect(f.listQueries).toEqual(['?limit=4', '?cursor=4&limit=4']);

    const found = await store.dispatch(
      mediaApi.endpoints.getMediaList.initiate({ kind: 'document', q: ' report ' }),
    );
    expect(found.data?.pages[0]?.items.map((m) => m.fileName)).toEqual(['Report.PDF']);
    expect(f.listQueries.at(-1)).toBe('?kind=document&q=report&limit=48');
  });

  it('changes the alt text with If-Match and reads a 412 as the current file', async () => {
    const store = await signedInStore();
    const saved = await store
      .dispatch(
        mediaApi.endpoints.updateAltText.initiate({ id: 'm-2', version: 1, altText: 'The team' }),
      )
      .unwrap();
    expect(saved).toMatchObject({ altText: 'The team', version: 2 });
    expect(f.lastPatch).toEqual({ ifMatch: '"1"', altText: 'The team' });

    const stale = await store.dispatch(
      mediaApi.endpoints.updateAltText.initiate({ id: 'm-2', version: 1, altText: 'Old' }),
    );
    expect(conflictCurrent(stale.error)).toMatchObject({ altText: 'The team', version: 2 });
    expect(conflictCurrent({ status: 404, data: {} })).toBeNull();
  });

  it('refuses to delete a file in use and names the items; deletes one that is not', async () => {
    const using = [
      { id: 'c-1', type: 'article', title: 'Launch', status: 'draft', trashed: false },
    ];
    f.usage.set('m-1', using);
    const store = await signedInStore();
    const usage = await store.dispatch(mediaApi.endpoints.getMediaUsage.initiate('m-1'));
    expect(usage.data?.items).toEqual(using);

    const refused = await store.dispatch(mediaApi.endpoints.deleteMedia.initiate('m-1'));
    expect(inUseItems(refused.error)).toEqual(using);

    const deleted = await store.dispatch(mediaApi.endpoints.deleteMedia.initiate('m-2'));
    expect(deleted.error).toBeUndefined();
    expect(inUseItems(deleted.error)).toBeNull();
    expect(f.find('m-2')).toBeUndefined();
  });

  it('gets one file and a signed URL for its thumbnail', async () => {
    const store = await signedInStore();
    const file = await store.dispatch(mediaApi.endpoints.getMedia.initiate('m-1')).unwrap();
    expect(file.fileName).toBe('harbour.jpg');
    expect(variantFor(file, 300)?.name).toBe('thumbnail');
    expect(variantFor(file, 900)?.name).toBe('medium');
    const signed = await store
      .dispatch(mediaApi.endpoints.getSignedUrl.initiate({ id: 'm-1', variant: 'thumbnail' }))
      .unwrap();
    expect(signed.url).toContain('/api/v1/media/signed/m-1/thumbnail');
  });
});

describe('uploadMedia', () => {
  it('sends the file with the bearer token and reports progress and the stored file', async () => {
    await signedInStore();
    const progress = vi.fn();
    const file = new File(['x'.repeat(1000)], 'boat.jpg', { type: 'image/jpeg' });
    const outcome = await uploadMedia(file, progress).outcome;
    expect(outcome).toMatchObject({ kind: 'done', created: true, media: { size: 1000 } });
    expect(f.uploads).toEqual([
      { type: 'image/jpeg', size: 1000, authorization: `Bearer ${sessionStore.getAccessToken()}` },
    ]);
    expect(progress).toHaveBeenCalled();
    const [loaded, total] = progress.mock.lastCall as [number, number];
    expect(loaded).toBe(total);

    const again = await uploadMedia(file, () => undefined).outcome;
    expect(again).toMatchObject({ kind: 'done', created: false });
  });

  it('turns a 415 and a 413 into readable problems', async () => {
    await signedInStore();
    const exe = new File(['MZ'], 'setup.exe');
    expect(await uploadMedia(exe, () => undefined).outcome).toMatchObject({
      kind: 'failed',
      problem: { status: 415, title: 'File type not allowed' },
    });
    const big = new File([new Uint8Array(41 * 1024 * 1024)], 'huge.png');
    const refused = await uploadMedia(big, () => undefined).outcome;
    expect(refused).toMatchObject({ kind: 'failed', problem: { status: 413 } });
    expect(refused.kind === 'failed' && refused.problem.detail).toContain('bytes this server');
  });

  it('states the limit in readable units', () => {
    expect(formatBytes(MAX_UPLOAD_BYTES)).toBe('50 MB');
    expect(formatBytes(482_113)).toBe('471 KB');
    expect(formatBytes(1_500)).toBe('1.5 KB');
    expect(formatBytes(12)).toBe('12 bytes');
  });
});
