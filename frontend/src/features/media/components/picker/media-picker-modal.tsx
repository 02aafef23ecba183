import { Button, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';

import { useGetMediaQuery } from '../../api/media-api';
import type { MediaFile, MediaKind } from '../../api/types';
import { AltTextForm } from '../detail/alt-text-form';
import { MediaLibrary } from '../library/media-library';
import { MediaUploader } from '../upload/media-uploader';

/** What the picker hands back: enough to reference the file and to write it into Markdown. */
export interface MediaPick {
  id: string;
  fileName: string;
  kind: string;
  altText: string;
  contentUrl: string;
}

function toPick(file: MediaFile): MediaPick {
  const { id, fileName, kind, altText, contentUrl } = file;
  return { id, fileName, kind, altText, contentUrl };
}

/** The chosen file as it is now (its alt text may just have been written here). */
function Chosen({ id, onUse }: { id: string; onUse: (file: MediaFile) => void }) {
  const { data } = useGetMediaQuery(id);
  if (!data) return null;
  return (
    <Stack gap="xs" role="group" aria-label="Chosen file">
      <Divider />
      <Text size="sm" fw={600}>
        {data.fileName}
      </Text>
      <AltTextForm key={data.id} file={data} />
      <Group justify="flex-end">
        <Button onClick={() => onUse(data)}>Use this file</Button>
      </Group>
    </Stack>
  );
}

/**
 * The library in a dialog, to choose one file: search, type filter and upload work as on the
 * media page; a file just uploaded is chosen at once. Full screen on a phone.
 */
export function MediaPickerModal({
  opened,
  title,
  kind = null,
  onClose,
  onPick,
}: {
  opened: boolean;
  title: string;
  kind?: MediaKind | null;
  onClose: () => void;
  onPick: (media: MediaPick) => void;
}) {
  const [chosen, setChosen] = useState<string | null>(null);
  const phone = useMediaQuery('(max-width: 36em)');
  const close = () => {
    setChosen(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={title} size="xl" fullScreen={phone}>
      <Stack gap="sm">
        <MediaUploader compact onUploaded={(file) => setChosen(file.id)} />
        <MediaLibrary
          initialKind={kind}
          selectedId={chosen}
          onOpen={(file) => setChosen(file.id)}
        />
        {chosen && (
          <Chosen
            id={chosen}
            onUse={(file) => {
              setChosen(null);
              onPick(toPick(file));
            }}
          />
        )}
      </Stack>
    </Modal>
  );
}
