import { Alert, Button, Group, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useMemo, useState } from 'react';

import { formatDateTime } from '@/lib/format-date';

import { useDiscardWorkingCopyMutation, useGetWorkingCopyQuery } from '../../api/editor-api';
import type { WorkingCopy } from '../../api/types';
import { type DraftContent, sameContent } from './use-editor-draft';

/**
 * Edits autosaved but never saved (a closed tab, a crash): offered back once when the editor
 * opens, to take up or throw away. A copy holding just the stored text (an autosave that
 * landed after a save) has nothing unsaved in it, so it is not offered.
 */
export function WorkingCopyBanner({
  itemId,
  saved,
  onRestore,
}: {
  itemId: string;
  /** The stored content the editor opened on or last saved. */
  saved: DraftContent;
  onRestore: (copy: WorkingCopy) => void;
}) {
  const { data: copy } = useGetWorkingCopyQuery(itemId, { refetchOnMountOrArgChange: true });
  const [discard, { isLoading }] = useDiscardWorkingCopyMutation();
  const [taken, setTaken] = useState(false);
  const unsaved = useMemo(() => !!copy && !sameContent(copy.content, saved), [copy, saved]);
  if (!unsaved || !copy || taken) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconHistory aria-hidden />}
      title="Unsaved changes found"
    >
      <Text size="sm">
        You have edits from {formatDateTime(copy.savedAt)} that were never saved (based on version{' '}
        {copy.baseVersion}).
      </Text>
      <Group gap="xs" mt="xs">
        <Button
          size="xs"
          onClick={() => {
            setTaken(true);
            onRestore(copy);
          }}
        >
          Restore them
        </Button>
        <Button
          size="xs"
          variant="default"
          loading={isLoading}
          onClick={() => void discard(itemId)}
        >
          Discard
        </Button>
      </Group>
    </Alert>
  );
}
