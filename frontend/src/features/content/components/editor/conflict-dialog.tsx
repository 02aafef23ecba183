import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

import { SideBySideDiff } from '@/components/data/word-diff';

import type { ItemResponse } from '../../api/types';
import { fieldLabel } from './field-labels';
import { fieldsOf, type DraftContent } from './use-editor-draft';

interface ConflictDialogProps {
  /** The stored item the 412 carried. */
  theirs: ItemResponse;
  mine: DraftContent;
  saving: boolean;
  onKeepTheirs: () => void;
  /** Saves `content` with their version as `If-Match`. */
  onSave: (content: DraftContent) => void;
  onClose: () => void;
}

/**
 * Someone saved while this person was editing. Shows their change against mine per field and
 * lets the person keep theirs, keep mine (overwriting knowingly), or merge the body by hand.
 */
export function ConflictDialog({
  theirs,
  mine,
  saving,
  onKeepTheirs,
  onSave,
  onClose,
}: ConflictDialogProps) {
  const [merging, setMerging] = useState<string | null>(null);
  const stored = fieldsOf(theirs);
  const keys = (Object.keys(stored) as (keyof DraftContent)[]).filter(
    (key) => JSON.stringify(stored[key]) !== JSON.stringify(mine[key]),
  );
  return (
    <Modal opened onClose={onClose} title="Someone else saved this item" size="xl">
      <Stack gap="md">
        <Alert color="orange" variant="light">
          Version {theirs.currentVersion} was saved while you were editing. Choose what to keep;
          nothing is lost either way (their version stays in the history).
        </Alert>
        {merging === null ? (
          <>
            {keys.length === 0 && <Text size="sm">Your text and theirs are the same.</Text>}
            {keys.map((key) => (
              <Stack key={key} gap={4} data-testid={`conflict-${key}`}>
                <Text fw={600} size="sm">
                  {fieldLabel(key)}
                </Text>
                <SideBySideDiff
                  before={stored[key]}
                  after={mine[key]}
                  beforeLabel="Theirs"
                  afterLabel="Mine"
                />
              </Stack>
            ))}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onKeepTheirs}>
                Keep theirs
              </Button>
              <Button variant="default" onClick={() => setMerging(mine.body)}>
                Merge by hand
              </Button>
              <Button color="orange" loading={saving} onClick={() => onSave(mine)}>
                Keep mine
              </Button>
            </Group>
          </>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea
                label="Their body"
                readOnly
                autosize
                minRows={8}
                maxRows={20}
                value={stored.body}
              />
              <Textarea
                label="Merged body"
                description="Your other fields are kept; this body replaces both."
                autosize
                minRows={8}
                maxRows={20}
                data-autofocus
                value={merging}
                onChange={(e) => setMerging(e.currentTarget.value)}
              />
            </SimpleGrid>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setMerging(null)}>
                Back
              </Button>
              <Button loading={saving} onClick={() => onSave({ ...mine, body: merging })}>
                Save merged
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
