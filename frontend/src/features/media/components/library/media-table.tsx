import { Anchor, Table, Text } from '@mantine/core';

import { DataTable, type Paging } from '@/components/data/data-table';
import { formatDateTime } from '@/lib/format-date';

import { dimensions, formatBytes } from '../../api/media-files';
import type { MediaFile } from '../../api/types';
import { MediaThumb } from './media-thumb';

/** The library as rows: name (opens the file), type, size, dimensions, alt text, uploaded. */
export function MediaTable({
  files,
  onOpen,
  paging,
}: {
  files: readonly MediaFile[];
  onOpen: (file: MediaFile) => void;
  paging: Paging;
}) {
  return (
    <DataTable
      label="Media"
      minWidth={640}
      columns={[
        'Preview',
        'Name',
        'Type',
        'Size',
        ['Dimensions', 'sm'],
        'Alt text',
        ['Uploaded', 'md'],
      ]}
      paging={paging}
      verticalSpacing="xs"
    >
      {files.map((file) => (
        <Table.Tr key={file.id}>
          <Table.Td w={72}>
            <MediaThumb file={file} width={64} height={40} />
          </Table.Td>
          <Table.Td>
            <Anchor component="button" type="button" onClick={() => onOpen(file)} size="sm">
              {file.fileName}
            </Anchor>
          </Table.Td>
          <Table.Td>{file.mediaType}</Table.Td>
          <Table.Td>{formatBytes(file.size)}</Table.Td>
          <Table.Td visibleFrom="sm">{dimensions(file) ?? '—'}</Table.Td>
          <Table.Td>
            {file.altText ? (
              <Text size="sm" lineClamp={1}>
                {file.altText}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {file.kind === 'image' ? 'Missing' : '—'}
              </Text>
            )}
          </Table.Td>
          <Table.Td visibleFrom="md">{formatDateTime(file.createdAt)}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
