import { Button, Drawer, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { QueryStates } from '@/components/feedback/data-states';
import { pageItems } from '@/lib/api/page';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import {
  useGetVersionsInfiniteQuery,
  usePinVersionMutation,
  useRestoreVersionMutation,
} from '../../api/editor-api';
import type { ItemResponse } from '../../api/types';
import { VersionDiff } from './version-diff';
import { VersionRow } from './version-row';

interface HistoryDrawerProps {
  item: ItemResponse;
  baseVersion: number;
  opened: boolean;
  onClose: () => void;
  onRestored: (item: ItemResponse) => void;
}

/** Every saved version: pick two to compare, pin, or restore one (a new version, never a rewrite). */
export function HistoryDrawer({
  item,
  baseVersion,
  opened,
  onClose,
  onRestored,
}: HistoryDrawerProps) {
  const query = useGetVersionsInfiniteQuery(item.id, { skip: !opened });
  const [pin] = usePinVersionMutation();
  const [restore, restoreState] = useRestoreVersionMutation();
  const [picked, setPicked] = useState<number[]>([]);
  const [restoring, setRestoring] = useState<number | null>(null);
  const versions = pageItems(query.data);
  const [from, to] = [...picked].sort((a, b) => a - b);

  const pick = (number: number, on: boolean) =>
    // Two at most: a third pick replaces the older of the two.
    setPicked((p) =>
      on ? [...p.filter((n) => n !== number), number].slice(-2) : p.filter((n) => n !== number),
    );

  const confirmRestore = async () => {
    if (restoring === null) return;
    const result = await restore({ id: item.id, number: restoring, version: baseVersion });
    if (result.data) {
      notifySuccess(`Version ${restoring} restored as version ${result.data.currentVersion}.`);
      setRestoring(null);
      setPicked([]);
      onRestored(result.data);
    } else notifyFailure(result.error, 'Could not restore');
  };

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="xl" title="Version history">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Tick two versions to compare them.
        </Text>
        {from !== undefined && to !== undefined && (
          <VersionDiff itemId={item.id} from={from} to={to} />
        )}
        <QueryStates query={query} loadingLabel="Loading versions">
          <Stack gap="xs" role="list" aria-label="Versions">
            {versions.map((version) => (
              <VersionRow
                key={version.number}
                version={version}
                latest={version.number === item.currentVersion}
                picked={picked.includes(version.number)}
                onPick={(on) => pick(version.number, on)}
                onPin={() =>
                  void pin({ id: item.id, number: version.number, pinned: !version.pinned })
                }
                onRestore={() => setRestoring(version.number)}
              />
            ))}
          </Stack>
          {query.hasNextPage && (
            <Button
              variant="default"
              loading={query.isFetchingNextPage}
              onClick={() => void query.fetchNextPage()}
            >
              Older versions
            </Button>
          )}
        </QueryStates>
      </Stack>
      <ConfirmDialog
        opened={restoring !== null}
        title={`Restore version ${restoring ?? ''}?`}
        confirmLabel="Restore"
        danger={false}
        loading={restoreState.isLoading}
        onConfirm={() => void confirmRestore()}
        onCancel={() => setRestoring(null)}
      >
        Its content becomes a new version; the history keeps everything in between. Unsaved changes
        in the editor are replaced.
      </ConfirmDialog>
    </Drawer>
  );
}
