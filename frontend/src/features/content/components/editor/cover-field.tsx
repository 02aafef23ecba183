import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { useState } from 'react';

import { fieldLabel } from './field-labels';
import { useMediaSlot } from './media-slot';

/** The cover image: the chosen file's preview, and buttons to choose, change or remove it. */
export function CoverField({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (mediaId: string | null) => void;
}) {
  const media = useMediaSlot();
  const [picking, setPicking] = useState(false);
  if (!media) return null;
  const { Picker, CoverPreview } = media;
  return (
    <Stack gap="xs" role="group" aria-label={fieldLabel('coverMediaId')}>
      <Text size="sm" fw={500}>
        {fieldLabel('coverMediaId')}
      </Text>
      {value ? (
        <CoverPreview mediaId={value} />
      ) : (
        <Text size="sm" c="dimmed">
          No cover image.
        </Text>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPhoto size={14} aria-hidden />}
          onClick={() => setPicking(true)}
        >
          {value ? 'Change cover image' : 'Choose cover image'}
        </Button>
        {value && (
          <Button size="xs" variant="subtle" color="red" onClick={() => onChange(null)}>
            Remove cover image
          </Button>
        )}
      </Group>
      <Picker
        opened={picking}
        title="Choose a cover image"
        kind="image"
        onClose={() => setPicking(false)}
        onPick={(picked) => {
          setPicking(false);
          onChange(picked.id);
        }}
      />
    </Stack>
  );
}
