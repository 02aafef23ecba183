import { List, Stack, Table, Text } from '@mantine/core';

import { formatDateTime } from '@/lib/format-date';

import { dimensions, formatBytes } from '../../api/media-files';
import type { MediaFile } from '../../api/types';
import { SignedLink } from './signed-link';

/** Type, size, dimensions, who uploaded it and when; then the variants, each a link. */
export function MediaFacts({ file }: { file: MediaFile }) {
  const rows: [string, string][] = [
    ['Type', file.mediaType],
    ['Size', formatBytes(file.size)],
    ...(dimensions(file) ? [['Dimensions', `${dimensions(file)} px`] as [string, string]] : []),
    ['Uploaded', `${formatDateTime(file.createdAt)} by ${file.createdBy.displayName}`],
  ];
  return (
    <Stack gap="xs">
      <Table variant="vertical" layout="fixed" withTableBorder aria-label="File details">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={110}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text fw={600} size="sm">
        Variants
      </Text>
      {file.variants.length === 0 ? (
        <Text size="sm" c="dimmed">
          {file.kind === 'image' && file.mediaType !== 'image/svg+xml'
            ? 'Being made; they appear here in a moment.'
            : 'None: only raster images get variants.'}
        </Text>
      ) : (
        <List size="sm" spacing={2} aria-label="Variants">
          {file.variants.map((v) => (
            <List.Item key={v.name}>
              <SignedLink id={file.id} variant={v.name}>
                {v.name}
              </SignedLink>{' '}
              <Text span size="xs" c="dimmed">
                {v.width} × {v.height}, {v.mediaType}, {formatBytes(v.size)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
