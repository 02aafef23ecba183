import type { ProblemDetails } from '@/lib/problem-details';

import { formatBytes } from '../../api/media-files';
import type { MediaFile } from '../../api/types';
import { MAX_UPLOAD_BYTES, uploadMedia, type UploadHandle } from '../../api/upload';

export type UploadStatus = 'queued' | 'uploading' | 'done' | 'failed' | 'cancelled';

export interface UploadEntry {
  key: string;
  file: File;
  status: UploadStatus;
  loaded: number;
  total: number;
  problem?: ProblemDetails;
  media?: MediaFile;
  /** The same bytes were in the library already (200, not 201). */
  duplicate?: boolean;
}

export interface UploadQueueOptions {
  /** How many files go up at once; the rest wait their turn. */
  concurrency?: number;
  maxBytes?: number;
  upload?: typeof uploadMedia;
}

function tooLarge(file: File, maxBytes: number): ProblemDetails {
  return {
    type: '/problems/media-too-large',
    title: 'File too large',
    status: 413,
    detail: `${formatBytes(file.size)} is more than the ${formatBytes(maxBytes)} the library takes. Nothing was sent.`,
    errors: [],
  };
}

/**
 * Uploads files a few at a time, each with its own progress and its own cancel. Kept outside
 * React (a small external store) so the scheduling is plain code, read through
 * `useSyncExternalStore`.
 */
export class UploadQueue {
  private entries: UploadEntry[] = [];
  private readonly handles = new Map<string, UploadHandle>();
  private readonly listeners = new Set<() => void>();
  private sequence = 0;
  private readonly concurrency: number;
  private readonly maxBytes: number;
  private readonly upload: typeof uploadMedia;
  private onUploaded: ((media: MediaFile) => void) | null = null;

  constructor(options: UploadQueueOptions = {}) {
    this.concurrency = options.concurrency ?? 3;
    this.maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
    this.upload = options.upload ?? uploadMedia;
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = () => this.entries;

  /** Who hears of each stored file (the lists that show the library refresh then). */
  whenUploaded(callback: ((media: MediaFile) => void) | null) {
    this.onUploaded = callback;
  }

  add(files: readonly File[]) {
    const added = files.map((file): UploadEntry => {
      this.sequence += 1;
      const base = { key: `u${this.sequence}`, file, loaded: 0, total: file.size };
      return file.size > this.maxBytes
        ? { ...base, status: 'failed', problem: tooLarge(file, this.maxBytes) }
        : { ...base, status: 'queued' };
    });
    this.entries = [...this.entries, ...added];
    this.emit();
    this.pump();
  }

  cancel(key: string) {
    const handle = this.handles.get(key);
    if (handle) handle.cancel();
    else this.update(key, { status: 'cancelled' }, (e) => e.status === 'queued');
  }

  /** Forgets the files that are no longer waiting or going up. */
  clearFinished() {
    this.entries = this.entries.filter((e) => e.status === 'queued' || e.status === 'uploading');
    this.emit();
  }

  private pump() {
    let running = this.entries.filter((e) => e.status === 'uploading').length;
    for (const entry of this.entries) {
      if (running >= this.concurrency) break;
      if (entry.status !== 'queued') continue;
      running += 1;
      this.start(entry);
    }
  }

  private start(entry: UploadEntry) {
    this.update(entry.key, { status: 'uploading' });
    const handle = this.upload(entry.file, (loaded, total) => {
      this.update(entry.key, { loaded, total });
    });
    this.handles.set(entry.key, handle);
    void handle.outcome.then((outcome) => {
      this.handles.delete(entry.key);
      if (outcome.kind === 'done') {
        this.update(entry.key, {
          status: 'done',
          media: outcome.media,
          duplicate: !outcome.created,
          loaded: entry.file.size,
        });
        this.onUploaded?.(outcome.media);
      } else if (outcome.kind === 'failed') {
        this.update(entry.key, { status: 'failed', problem: outcome.problem });
      } else {
        this.update(entry.key, { status: 'cancelled' });
      }
      this.pump();
    });
  }

  private update(
    key: string,
    patch: Partial<UploadEntry>,
    when: (entry: UploadEntry) => boolean = () => true,
  ) {
    this.entries = this.entries.map((e) => (e.key === key && when(e) ? { ...e, ...patch } : e));
    this.emit();
  }

  private emit() {
    this.listeners.forEach((listener) => {
      listener();
    });
  }
}
