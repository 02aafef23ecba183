import { makeMedia } from '@/testing/fake-media';

import type { UploadOutcome } from '../../api/upload';
import { UploadQueue } from './upload-queue';

/** An uploader the test drives by hand: progress and outcome per file, on demand. */
function manualUploader() {
  const calls = new Map<
    string,
    {
      progress: (l: number, t: number) => void;
      finish: (o: UploadOutcome) => void;
      cancelled: boolean;
    }
  >();
  const upload = (file: File, progress: (l: number, t: number) => void) => {
    let finish!: (o: UploadOutcome) => void;
    const outcome = new Promise<UploadOutcome>((resolve) => {
      finish = resolve;
    });
    const call = { progress, finish, cancelled: false };
    calls.set(file.name, call);
    return {
      outcome,
      cancel: () => {
        call.cancelled = true;
        finish({ kind: 'cancelled' });
      },
    };
  };
  return { calls, upload };
}

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('UploadQueue', () => {
  it('sends three at a time, each with its own progress, and starts the next as one ends', async () => {
    const { calls, upload } = manualUploader();
    const uploaded = vi.fn();
    const queue = new UploadQueue({ upload });
    queue.whenUploaded(uploaded);
    queue.add(['a', 'b', 'c', 'd', 'e'].map((n) => file(n)));
    const status = () => queue.getSnapshot().map((e) => e.status);
    expect(status()).toEqual(['uploading', 'uploading', 'uploading', 'queued', 'queued']);

    calls.get('b')!.progress(4, 10);
    expect(queue.getSnapshot()[1]).toMatchObject({ loaded: 4, total: 10 });
    expect(queue.getSnapshot()[0]).toMatchObject({ loaded: 0 });

    calls.get('a')!.finish({ kind: 'done', media: makeMedia(7), created: true });
    await flush();
    expect(status()).toEqual(['done', 'uploading', 'uploading', 'uploading', 'queued']);
    expect(uploaded).toHaveBeenCalledWith(expect.objectContaining({ id: 'm-7' }));
  });

  it('cancels one upload, or a waiting file before it starts, and goes on with the rest', async () => {
    const { calls, upload } = manualUploader();
    const queue = new UploadQueue({ upload, concurrency: 1 });
    queue.add([file('a'), file('b'), file('c')]);
    const [a, b] = queue.getSnapshot();
    queue.cancel(b!.key);
    queue.cancel(a!.key);
    await flush();
    expect(calls.get('a')?.cancelled).toBe(true);
    expect(calls.has('b')).toBe(false);
    expect(queue.getSnapshot().map((e) => e.status)).toEqual([
      'cancelled',
      'cancelled',
      'uploading',
    ]);

    queue.clearFinished();
    expect(queue.getSnapshot().map((e) => e.file.name)).toEqual(['c']);
  });

  it('refuses a file over the limit without sending it', () => {
    const { calls, upload } = manualUploader();
    const queue = new UploadQueue({ upload, maxBytes: 100 });
    queue.add([file('big.jpg', 101), file('ok.jpg', 100)]);
    const [big, ok] = queue.getSnapshot();
    expect(big).toMatchObject({ status: 'failed', problem: { status: 413 } });
    expect(big?.problem?.detail).toBe(
      '101 bytes is more than the 100 bytes the library takes. Nothing was sent.',
    );
    expect(ok?.status).toBe('uploading');
    expect([...calls.keys()]).toEqual(['ok.jpg']);
  });
});
