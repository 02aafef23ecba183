import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useDropzone } from 'react-dropzone';

import { formatBytes } from '../../api/media-files';
import { MAX_UPLOAD_BYTES } from '../../api/upload';
import classes from './upload-dropzone.module.css';

/**
 * Where files are dropped, or chosen with the file dialog (click, or Enter/Space when focused).
 * Nothing is filtered by type here: the server reads the type from the bytes and says why it
 * refuses one, per file.
 */
export function UploadDropzone({
  onFiles,
  compact = false,
}: {
  onFiles: (files: File[]) => void;
  compact?: boolean;
}) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    onDrop: (accepted) => {
      onFiles(accepted);
    },
    multiple: true,
  });
  return (
    <Paper
      {...getRootProps({
        role: 'button',
        'aria-label': 'Upload files: drop them here, or press Enter to choose',
      })}
      withBorder
      p={compact ? 'sm' : 'lg'}
      className={classes.zone}
      data-active={isDragActive || undefined}
    >
      <input {...getInputProps()} data-testid="upload-input" />
      <Group justify="center" gap="sm" wrap="nowrap">
        <IconUpload size={compact ? 20 : 28} aria-hidden />
        <Stack gap={0}>
          <Text fw={500}>
            {isDragActive ? 'Drop to upload' : 'Drop files here or click to choose'}
          </Text>
          <Text size="xs" c="dimmed">
            Images, PDF, video and audio, up to {formatBytes(MAX_UPLOAD_BYTES)} each.
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
