import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { MediaDrawer } from '../components/detail/media-drawer';
import { MediaLibrary } from '../components/library/media-library';
import { MediaUploader } from '../components/upload/media-uploader';

/** The media library: upload, browse (grid or list), and one file's details in a drawer. */
export function MediaRoute() {
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Media</Title>
        <Text c="dimmed" size="sm">
          Images, documents, video and audio for your content.
        </Text>
      </div>
      <MediaUploader />
      <MediaLibrary onOpen={(file) => setOpenId(file.id)} />
      <MediaDrawer id={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}
