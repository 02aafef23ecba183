import { Divider, Drawer, Group, Stack } from '@mantine/core';

import { QueryStates } from '@/components/feedback/data-states';

import { mediaApi, useGetMediaQuery } from '../../api/media-api';
import { awaitsVariants, VARIANTS_POLL_MS } from '../../api/media-files';
import type { MediaFile } from '../../api/types';
import { MediaThumb } from '../library/media-thumb';
import { AltTextForm } from './alt-text-form';
import { DeleteMedia } from './delete-media';
import { MediaFacts } from './media-facts';
import { SignedLink } from './signed-link';
import { WhereUsed } from './where-used';

/** Asks again every few seconds while an image's variants are still being made. */

function MediaDetail({ file, onClose }: { file: MediaFile; onClose: () => void }) {
  return (
    <Stack gap="md">
      <MediaThumb file={file} width={960} height={260} />
      <Group gap="md">
        <SignedLink id={file.id} variant="original">
          {file.mediaType === 'image/svg+xml' ? 'Download the original' : 'Open the original'}
        </SignedLink>
      </Group>
      <MediaFacts file={file} />
      <Divider />
      <AltTextForm key={file.id} file={file} />
      <Divider />
      <WhereUsed id={file.id} />
      <Divider />
      <DeleteMedia file={file} onDeleted={onClose} />
    </Stack>
  );
}

/** One file: preview, facts, variants, alt text, where used, delete. */
export function MediaDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const cached = mediaApi.endpoints.getMedia.useQueryState(id ?? '', { skip: id === null });
  const pending = cached.data !== undefined && awaitsVariants(cached.data);
  const query = useGetMediaQuery(id ?? '', {
    skip: id === null,
    pollingInterval: pending ? VARIANTS_POLL_MS : 0,
  });
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={query.data?.fileName ?? 'Media file'}
    >
      <QueryStates query={query} loadingLabel="Loading the file" ready={query.data !== undefined}>
        {query.data && <MediaDetail file={query.data} onClose={onClose} />}
      </QueryStates>
    </Drawer>
  );
}
