import { Button, Group, SegmentedControl, Text, Title } from '@mantine/core';
import { IconDownload, IconPlus, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';

import { notifyFailure, notifySuccess } from '@/lib/notify';

import { exportContent } from '../../api/list-api';
import type { ContentFilter } from '../../api/types';

/** Title, total, the items/trash switch and the page's actions (new, import, export). */
export function ListHeader({
  trashed,
  total,
  filter,
  canCreate,
  canImport,
  onView,
  onNew,
  onImport,
}: {
  trashed: boolean;
  total: number | undefined;
  filter: ContentFilter;
  canCreate: boolean;
  canImport: boolean;
  onView: (trashed: boolean) => void;
  onNew: () => void;
  onImport: () => void;
}) {
  const [exporting, setExporting] = useState(false);
  const download = async () => {
    setExporting(true);
    const failure = await exportContent(filter);
    setExporting(false);
    if (failure) notifyFailure(failure);
    else notifySuccess('The items were exported as a zip of Markdown files.', 'Exported');
  };

  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <div>
        <Title order={1}>{trashed ? 'Trash' : 'Content'}</Title>
        <Text c="dimmed" size="sm" aria-live="polite">
          {total === undefined ? '\u00a0' : `${total} ${total === 1 ? 'item' : 'items'}`}
        </Text>
      </div>
      <Group gap="xs">
        <SegmentedControl
          aria-label="View"
          size="xs"
          value={trashed ? 'trash' : 'items'}
          onChange={(v) => {
            onView(v === 'trash');
          }}
          data={[
            { value: 'items', label: 'Items' },
            { value: 'trash', label: 'Trash' },
          ]}
        />
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={exporting}
          onClick={() => void download()}
        >
          Export
        </Button>
        {canImport && !trashed && (
          <Button
            variant="default"
            leftSection={<IconUpload size={16} aria-hidden />}
            onClick={onImport}
          >
            Import
          </Button>
        )}
        {canCreate && !trashed && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onNew}>
            New item
          </Button>
        )}
      </Group>
    </Group>
  );
}
