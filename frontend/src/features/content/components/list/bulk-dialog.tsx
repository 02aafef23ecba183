import { Button, Group, Modal, Select, Stack, TagsInput } from '@mantine/core';
import { useState } from 'react';

import type { BulkAction } from '../../api/types';

export type DialogAction = Extract<BulkAction, 'tag' | 'untag' | 'assign'>;

const TITLES: Record<DialogAction, string> = {
  tag: 'Add tags',
  untag: 'Remove tags',
  assign: 'Assign an author',
};

/** Asks for what a bulk tag, untag or assign needs: the tags, or the new author. */
export function BulkDialog({
  action,
  count,
  authors,
  tags,
  loading,
  onSubmit,
  onClose,
}: {
  action: DialogAction | null;
  count: number;
  authors: { value: string; label: string }[];
  tags: string[];
  loading: boolean;
  onSubmit: (values: { tags?: string[]; authorId?: string }) => void;
  onClose: () => void;
}) {
  const [chosenTags, setChosenTags] = useState<string[]>([]);
  const [authorId, setAuthorId] = useState<string | null>(null);
  const ready = action === 'assign' ? authorId !== null : chosenTags.length > 0;
  return (
    <Modal opened={action !== null} onClose={onClose} title={action ? TITLES[action] : ''}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          onSubmit(
            action === 'assign' ? { authorId: authorId ?? undefined } : { tags: chosenTags },
          );
        }}
      >
        <Stack gap="sm">
          {action === 'assign' ? (
            <Select
              label="Author"
              data={authors}
              value={authorId}
              onChange={setAuthorId}
              searchable
              data-autofocus
            />
          ) : (
            <TagsInput
              label="Tags"
              description="Press Enter after each tag"
              data={tags}
              value={chosenTags}
              onChange={setChosenTags}
              data-autofocus
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!ready} loading={loading}>
              {action ? TITLES[action] : ''} ({count})
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
