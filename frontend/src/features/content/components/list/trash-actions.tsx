import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconTrashX } from '@tabler/icons-react';
import { useState } from 'react';

import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useDeleteContentItemMutation, useUntrashContentItemMutation } from '../../api/list-api';
import type { ItemSummary } from '../../api/types';

/** A trashed item's restore and (with content:delete) permanent delete, after a confirmation. */
export function TrashActions({ item, canDelete }: { item: ItemSummary; canDelete: boolean }) {
  const [untrash, untrashing] = useUntrashContentItemMutation();
  const [remove, removing] = useDeleteContentItemMutation();
  const [confirming, setConfirming] = useState(false);

  const restore = async () => {
    try {
      await untrash(item.id).unwrap();
      notifySuccess(`“${item.title}” is back from the trash.`, 'Restored');
    } catch (e) {
      notifyFailure(e);
    }
  };
  const destroy = async () => {
    try {
      await remove(item.id).unwrap();
      setConfirming(false);
      notifySuccess(`“${item.title}” is deleted for good.`, 'Deleted');
    } catch (e) {
      setConfirming(false);
      notifyFailure(e);
    }
  };

  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Tooltip label="Restore">
        <ActionIcon
          variant="subtle"
          aria-label={`Restore ${item.title}`}
          loading={untrashing.isLoading}
          onClick={() => void restore()}
        >
          <IconArrowBackUp size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {canDelete && (
        <Tooltip label="Delete permanently">
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Delete ${item.title} permanently`}
            onClick={() => setConfirming(true)}
          >
            <IconTrashX size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
      <ConfirmDialog
        opened={confirming}
        title="Delete permanently?"
        confirmLabel="Delete permanently"
        loading={removing.isLoading}
        onConfirm={() => void destroy()}
        onCancel={() => setConfirming(false)}
      >
        “{item.title}” and its whole version history will be deleted. This cannot be undone.
      </ConfirmDialog>
    </Group>
  );
}
