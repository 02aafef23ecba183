import { SimpleGrid, Text, UnstyledButton } from '@mantine/core';

import type { MediaFile } from '../../api/types';
import classes from './media-grid.module.css';
import { MediaThumb } from './media-thumb';

/**
 * The library as tiles. Each tile is a button (Tab to it, Enter or Space to open); in the
 * picker the chosen one is marked pressed.
 */
export function MediaGrid({
  files,
  onOpen,
  selectedId,
}: {
  files: readonly MediaFile[];
  onOpen: (file: MediaFile) => void;
  selectedId?: string | null;
}) {
  return (
    <SimpleGrid cols={{ base: 2, xs: 3, sm: 4, lg: 6 }} spacing="sm" role="list" aria-label="Media">
      {files.map((file) => (
        <div role="listitem" key={file.id}>
          <UnstyledButton
            className={classes.tile}
            onClick={() => onOpen(file)}
            aria-label={file.fileName}
            aria-pressed={selectedId === undefined ? undefined : selectedId === file.id}
            data-selected={selectedId === file.id || undefined}
          >
            <MediaThumb file={file} />
            <Text size="xs" truncate="end" mt={4}>
              {file.fileName}
            </Text>
          </UnstyledButton>
        </div>
      ))}
    </SimpleGrid>
  );
}
