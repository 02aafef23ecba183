import { Center, Image, Stack, Text } from '@mantine/core';
import {
  IconFileText,
  IconMovie,
  IconMusic,
  IconPhoto,
  IconVectorBezier2,
  type Icon,
} from '@tabler/icons-react';

import { useGetSignedUrlQuery } from '../../api/media-api';
import { isPreviewable, variantFor } from '../../api/media-files';
import type { MediaFile, MediaKind } from '../../api/types';
import classes from './media-thumb.module.css';

const KIND_ICONS: Record<MediaKind, Icon> = {
  image: IconPhoto,
  video: IconMovie,
  audio: IconMusic,
  document: IconFileText,
};

/** What stands in for pixels the browser may not show (SVG) or that do not exist yet. */
function IconTile({ file, height, note }: { file: MediaFile; height: number; note?: string }) {
  const svg = file.mediaType === 'image/svg+xml';
  const Glyph = svg ? IconVectorBezier2 : KIND_ICONS[file.kind];
  return (
    <Center className={classes.tile} h={height} data-testid="icon-tile">
      <Stack gap={2} align="center">
        <Glyph size={Math.min(40, height / 2)} stroke={1.5} aria-hidden />
        <Text size="xs" c="dimmed">
          {note ?? (svg ? 'SVG (download only)' : file.mediaType)}
        </Text>
      </Stack>
    </Center>
  );
}

function SignedImage({
  file,
  variant,
  height,
}: {
  file: MediaFile;
  variant: string;
  height: number;
}) {
  const { data } = useGetSignedUrlQuery({ id: file.id, variant });
  if (!data) return <div className={classes.tile} style={{ height }} aria-hidden />;
  return (
    <Image
      src={data.url}
      alt={file.altText}
      h={height}
      fit="contain"
      className={classes.tile}
      loading="lazy"
    />
  );
}

/**
 * A file's picture at about `width` pixels: the smallest variant that is wide enough, through a
 * signed URL (an `<img>` carries no bearer token). SVG, video, audio and documents, and images
 * whose variants are not made yet, get an icon tile.
 */
export function MediaThumb({
  file,
  width = 320,
  height = 120,
}: {
  file: MediaFile;
  width?: number;
  height?: number;
}) {
  const variant = isPreviewable(file) ? variantFor(file, width) : undefined;
  if (!variant) {
    const pending = isPreviewable(file) ? 'Preview being made…' : undefined;
    return <IconTile file={file} height={height} note={pending} />;
  }
  return <SignedImage file={file} variant={variant.name} height={height} />;
}
