import { Alert, Button, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';

import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useDeleteMediaMutation } from '../../api/media-api';
import { inUseItems } from '../../api/media-files';
import type { MediaFile, MediaUser } from '../../api/types';
import { UsingItems } from './using-items';

/** Deletes a file after asking; a file still in use is refused with the items that use it. */
export function DeleteMedia({ file, onDeleted }: { file: MediaFile; onDeleted: () => void }) {
  const [asking, setAsking] = useState(false);
  const [inUse, setInUse] = useState<MediaUser[] | null>(null);
  const [remove, { isLoading }] = useDeleteMediaMutation();

  const confirm = async () => {
    const result = await remove(file.id);
    setAsking(false);
    if (!result.error) {
      notifySuccess(`${file.fileName} was deleted.`);
      onDeleted();
      return;
    }
    const items = inUseItems(result.error);
    if (items) setInUse(items);
    else notifyFailure(result.error, 'The file was not deleted');
  };

  return (
    <>
      {inUse && (
        <Alert color="red" title="This file is in use" role="alert">
          <Text size="sm" mb="xs">
            Change these items first (pick another cover), then delete the file.
          </Text>
          <UsingItems items={inUse} />
        </Alert>
      )}
      <Button
        color="red"
        variant="light"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={() => setAsking(true)}
        w="fit-content"
      >
        Delete file
      </Button>
      <ConfirmDialog
        opened={asking}
        title={`Delete ${file.fileName}?`}
        confirmLabel="Delete"
        loading={isLoading}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        The file and all its variants are removed for good. Links to it stop working.
      </ConfirmDialog>
    </>
  );
}
