import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { LengthCounter } from '@/components/forms/length-counter';
import { notifySuccess } from '@/lib/notify';

import { useUpdateAltTextMutation } from '../../api/media-api';
import { conflictCurrent } from '../../api/media-files';
import type { MediaFile } from '../../api/types';

const ALT_TEXT_MAX = 1000;

/**
 * The alt text, saved with `If-Match` of the version the person started from. The version
 * also moves when the variants arrive: a 412 whose current alt text is still the one they
 * started from is sent again on the new version; one where someone else changed it asks.
 * Render it keyed by the file's id.
 */
export function AltTextForm({ file }: { file: MediaFile }) {
  const [text, setText] = useState(file.altText);
  const [base, setBase] = useState({ altText: file.altText, version: file.version });
  const [theirs, setTheirs] = useState<MediaFile | null>(null);
  const [update, { isLoading, error, reset }] = useUpdateAltTextMutation();
  const dirty = text.trim() !== base.altText;

  const settle = (stored: MediaFile) => {
    setBase({ altText: stored.altText, version: stored.version });
    setTheirs(null);
  };

  const save = async (version: number, startedFrom: string): Promise<void> => {
    const result = await update({ id: file.id, version, altText: text.trim() });
    if (result.data) {
      settle(result.data);
      setText(result.data.altText);
      notifySuccess('Alt text saved.');
      return;
    }
    const current = conflictCurrent(result.error);
    if (!current) return;
    reset();
    if (current.altText === startedFrom) return save(current.version, startedFrom);
    setTheirs(current);
  };

  return (
    <Stack gap="xs">
      <Textarea
        label="Alt text"
        description={
          file.kind === 'image'
            ? 'What the image shows, for people who cannot see it. Required before an item with this cover is published.'
            : 'A short description of the file.'
        }
        autosize
        minRows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <LengthCounter text={text} limit={ALT_TEXT_MAX} label="Alt text" />
      {theirs && (
        <Alert color="yellow" title="Someone else changed the alt text" role="alert">
          <Text size="sm">Theirs: “{theirs.altText || '(empty)'}”</Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" onClick={() => void save(theirs.version, theirs.altText)}>
              Keep mine
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                settle(theirs);
                setText(theirs.altText);
              }}
            >
              Use theirs
            </Button>
          </Group>
        </Alert>
      )}
      {error !== undefined && <ProblemAlert error={error} />}
      <Group justify="flex-end">
        <Button
          size="xs"
          disabled={!dirty || theirs !== null}
          loading={isLoading}
          onClick={() => void save(base.version, base.altText)}
        >
          Save alt text
        </Button>
      </Group>
    </Stack>
  );
}
