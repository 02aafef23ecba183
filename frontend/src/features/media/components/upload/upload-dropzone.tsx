import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useId } from 'react';
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
  const hintId = useId();
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    onDrop: (accepted) => {
      onFiles(accepted);
    },
    multiple: true,
  });
  const label = isDragActive ? 'Drop to upload' : 'Upload files: drop them here or click to choose';
  return (
    <>
      {/* The file input sits beside the button, not inside it: one interactive element in
          another confuses screen readers. The button opens it (react-dropzone). */}
      <input {...getInputProps({ 'aria-label': 'Files to upload' })} data-testid="upload-input" />
      <Paper
        {...getRootProps({ role: 'button', 'aria-describedby': hintId })}
        withBorder
        p={compact ? 'sm' : 'lg'}
        className={classes.zone}
        data-active={isDragActive || undefined}
      >
        <Group justify="center" gap="sm" wrap="nowrap">
          <IconUpload size={compact ? 20 : 28} aria-hidden />
          <Stack gap={0}>
            {/* the button's name is this visible text (voice control users say what they see) */}
            <Text fw={500}>{label}</Text>
            <Text size="xs" c="dimmed" id={hintId}>
              Images, PDF, video and audio, up to {formatBytes(MAX_UPLOAD_BYTES)} each.
            </Text>
          </Stack>
        </Group>
      </Paper>
    </>
  );
}
