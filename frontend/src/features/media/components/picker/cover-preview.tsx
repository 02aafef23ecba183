import { Alert, Box, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

import { ProblemAlert } from '@/components/feedback/problem-alert';

import { useGetMediaQuery } from '../../api/media-api';
import { AltTextForm } from '../detail/alt-text-form';
import { MediaThumb } from '../library/media-thumb';

/**
 * An item's cover: thumbnail, name and alt text. Without alt text the item cannot be scheduled
 * or published (the server refuses it), so that is said here, with the form to write it.
 */
export function CoverPreview({ mediaId }: { mediaId: string }) {
  const { data, error } = useGetMediaQuery(mediaId);
  if (error) return <ProblemAlert error={error} title="The cover image cannot be shown" />;
  if (!data) return null;
  return (
    <Stack gap="xs" data-testid="cover-preview">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Box w={120} style={{ flexShrink: 0 }}>
          <MediaThumb file={data} width={240} height={80} />
        </Box>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} truncate="end">
            {data.fileName}
          </Text>
          <Text size="sm" c={data.altText ? undefined : 'dimmed'}>
            {data.altText ? `Alt text: ${data.altText}` : 'No alt text'}
          </Text>
        </Stack>
      </Group>
      {!data.altText && (
        <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title="Alt text missing">
          <Text size="sm" mb="xs">
            This item cannot be scheduled or published until its cover image has alt text.
          </Text>
          <AltTextForm key={data.id} file={data} />
        </Alert>
      )}
    </Stack>
  );
}
