import { Stack } from '@mantine/core';

import type { MediaFile } from '../../api/types';
import { UploadDropzone } from './upload-dropzone';
import { UploadList } from './upload-list';
import { useUploadQueue } from './use-upload-queue';

/** Dropzone and the uploads it started. */
export function MediaUploader({
  compact,
  onUploaded,
}: {
  compact?: boolean;
  onUploaded?: (media: MediaFile) => void;
}) {
  const { queue, entries } = useUploadQueue(onUploaded);
  return (
    <Stack gap="xs">
      <UploadDropzone compact={compact} onFiles={(files) => queue.add(files)} />
      <UploadList
        entries={entries}
        onCancel={(key) => queue.cancel(key)}
        onClear={() => queue.clearFinished()}
      />
    </Stack>
  );
}
