import { Button, Group, Paper, Text } from '@mantine/core';
import { IconArchive, IconTag, IconTagOff, IconTrash, IconUserEdit } from '@tabler/icons-react';
import { useState } from 'react';

import { notifyFailure } from '@/lib/notify';

import { BULK_MAX_IDS, useBulkContentMutation } from '../../api/list-api';
import type { BulkAction, BulkRequest, BulkResult } from '../../api/types';
import { BulkDialog, type DialogAction } from './bulk-dialog';
import { BulkReport } from './bulk-report';

const VERBS: Record<BulkAction, string> = {
  archive: 'Archived',
  trash: 'Moved to the trash',
  tag: 'Tagged',
  untag: 'Untagged',
  assign: 'Assigned',
};

/**
 * Bulk actions on the selected items, sent in calls of at most 500 ids; the report lists every
 * item that failed and why, and the failed ones stay selected so they can be tried again.
 */
export function BulkBar({
  selected,
  titleOf,
  authors,
  tags,
  onDone,
}: {
  selected: string[];
  titleOf: (id: string) => string;
  authors: { value: string; label: string }[];
  tags: string[];
  onDone: (failedIds: string[]) => void;
}) {
  const [bulk, { isLoading }] = useBulkContentMutation();
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const [report, setReport] = useState<{ verb: string; result: BulkResult } | null>(null);

  const run = async (action: BulkAction, extra: Omit<BulkRequest, 'action' | 'ids'> = {}) => {
    const result: BulkResult = { updated: [], failed: [] };
    try {
      for (let i = 0; i < selected.length; i += BULK_MAX_IDS) {
        const ids = selected.slice(i, i + BULK_MAX_IDS);
        const part = await bulk({ action, ids, ...extra }).unwrap();
        result.updated.push(...part.updated);
        result.failed.push(...part.failed);
      }
    } catch (e) {
      notifyFailure(e);
      return;
    }
    setDialog(null);
    setReport({ verb: VERBS[action], result });
    onDone(result.failed.map((f) => f.id));
  };

  return (
    <>
      {selected.length > 0 && (
        <Paper withBorder p="xs" role="region" aria-label="Bulk actions">
          <Group gap="xs" justify="space-between">
            <Text size="sm" fw={500} aria-live="polite">
              {selected.length} selected
            </Text>
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconArchive size={14} aria-hidden />}
                loading={isLoading && dialog === null}
                onClick={() => void run('archive')}
              >
                Archive
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconTag size={14} aria-hidden />}
                onClick={() => setDialog('tag')}
              >
                Tag
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconTagOff size={14} aria-hidden />}
                onClick={() => setDialog('untag')}
              >
                Untag
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconUserEdit size={14} aria-hidden />}
                onClick={() => setDialog('assign')}
              >
                Assign
              </Button>
              <Button
                size="xs"
                variant="light"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => void run('trash')}
              >
                Trash
              </Button>
              <Button size="xs" variant="subtle" onClick={() => onDone([])}>
                Clear selection
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
      {report && (
        <BulkReport
          verb={report.verb}
          result={report.result}
          titleOf={titleOf}
          onClose={() => setReport(null)}
        />
      )}
      <BulkDialog
        key={dialog ?? 'closed'}
        action={dialog}
        count={selected.length}
        authors={authors}
        tags={tags}
        loading={isLoading}
        onSubmit={(values) => {
          if (dialog) void run(dialog, values);
        }}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
