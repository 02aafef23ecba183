import type { Page } from '@/lib/api/page';

/** What a file is, decided by the server from its bytes. */
export type MediaKind = 'image' | 'video' | 'audio' | 'document';

export const MEDIA_KINDS: readonly MediaKind[] = ['image', 'video', 'audio', 'document'];

/** A variant the platform job made of a raster image (docs/media-api.md, Variants). */
export interface MediaVariant {
  /** `thumbnail`, `medium`, `large`, each also as `…-webp`. */
  name: string;
  mediaType: string;
  width: number;
  height: number;
  size: number;
  url: string;
}

export interface MediaPerson {
  id: string;
  displayName: string;
  initials: string;
}

/** One file of the library, as `GET /media/{id}` answers it. */
export interface MediaFile {
  id: string;
  fileName: string;
  mediaType: string;
  kind: MediaKind;
  size: number;
  width: number | null;
  height: number | null;
  altText: string;
  sha256: string;
  contentUrl: string;
  variants: MediaVariant[];
  createdBy: MediaPerson;
  createdAt: string;
  updatedAt: string;
  /** The row version: `If-Match` of a change. The variants arriving move it too. */
  version: number;
}

export type MediaPage = Page<MediaFile>;

export interface MediaListArgs {
  kind?: MediaKind | null;
  q?: string;
  limit?: number;
}

/** A content item that uses a file (as its cover). */
export interface MediaUser {
  id: string;
  type: string;
  title: string;
  status: string;
  trashed: boolean;
}

export interface SignedUrl {
  url: string;
  expiresAt: string;
}
