import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { notifySuccess } from '@/lib/notify';

import { useUpdateNewsletterListMutation } from '../api/newsletter-api';
import type { NewsletterList } from '../api/types';

/** Renames a list, keeping its description and sender (PUT takes the whole body). */
export function RenameListDialog({ list, onClose }: { list: NewsletterList; onClose: () => void }) {
  const [name, setName] = useState(list.name);
  const [update, state] = useUpdateNewsletterListMutation();
  const save = () => {
    const body = {
      name: name.trim(),
      description: list.description ?? undefined,
      fromName: list.fromName ?? undefined,
      replyTo: list.replyTo ?? undefined,
    };
    update({ id: list.id, body })
      .unwrap()
      .then(() => {
        notifySuccess(`List renamed to ${body.name}.`);
        onClose();
      })
      .catch(() => {
        // Shown in the dialog.
      });
  };
  return (
    <Modal opened onClose={onClose} title={`Rename ${list.name}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) save();
        }}
      >
        <Stack gap="sm">
          {state.error !== undefined && <ProblemAlert error={state.error} />}
          <TextInput
            label="Name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={state.isLoading} disabled={!name.trim()}>
              Rename
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
