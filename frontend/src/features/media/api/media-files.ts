import type { MediaFile, MediaKind, MediaUser, MediaVariant } from './types';

/**
 * Whether the browser may show the file's pixels. SVG is served only as a sandboxed download
 * (it could carry script), so it gets an icon tile like video, audio and documents.
 */
export function isPreviewable(file: Pick<MediaFile, 'kind' | 'mediaType'>): boolean {
  return file.kind === 'image' && file.mediaType !== 'image/svg+xml';
}

/** How often a screen showing a file whose variants are still being made asks again. */
export const VARIANTS_POLL_MS = 5000;

/** An image whose variants the server's job has not made yet (they come within seconds). */
export function awaitsVariants(file: MediaFile): boolean {
  return isPreviewable(file) && file.variants.length === 0;
}

/** The variant to show at about `width` pixels: the smallest one at least that wide. */
export function variantFor(file: MediaFile, width: number): MediaVariant | undefined {
  const plain = file.variants
    .filter((v) => !v.name.endsWith('-webp'))
    .sort((a, b) => a.width - b.width);
  return plain.find((v) => v.width >= width) ?? plain.at(-1);
}

const UNITS = ['bytes', 'KB', 'MB', 'GB'];

/** 482113 → "471 KB": binary units, as the server's DataSize counts them. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${shown} ${UNITS[unit] ?? ''}`;
}

export function dimensions(file: Pick<MediaFile, 'width' | 'height'>): string | null {
  return file.width !== null && file.height !== null ? `${file.width} × ${file.height}` : null;
}

export const KIND_LABELS: Record<MediaKind, string> = {
  image: 'Images',
  video: 'Video',
  audio: 'Audio',
  document: 'Documents',
};

function problemBody(error: unknown): Record<string, unknown> | null {
  if (typeof error !== 'object' || error === null || !('data' in error)) return null;
  const { data } = error;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
}

/** The items a 409 `media-in-use` lists, or null for any other failure. */
export function inUseItems(error: unknown): MediaUser[] | null {
  const body = problemBody(error);
  if (!body || typeof body.type !== 'string' || !body.type.endsWith('/problems/media-in-use')) {
    return null;
  }
  return Array.isArray(body.items) ? (body.items as MediaUser[]) : [];
}

/** The file as it is now, from a 412 `version-conflict`, or null for any other failure. */
export function conflictCurrent(error: unknown): MediaFile | null {
  const body = problemBody(error);
  if (!body || (error as { status?: unknown }).status !== 412) return null;
  return typeof body.current === 'object' && body.current !== null
    ? (body.current as MediaFile)
    : null;
}
