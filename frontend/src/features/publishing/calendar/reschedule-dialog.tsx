import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';

import type { CalendarEntry } from './calendar-api';
import { fromLocalInput, toLocalInput } from './calendar-dates';

interface RescheduleDialogProps {
  entry: CalendarEntry | null;
  zone: string;
  onClose: () => void;
  onSubmit: (entry: CalendarEntry, at: Date) => void;
}

/** The keyboard way to move an item: a new local date and time in the user's zone. */
export function RescheduleDialog({ entry, zone, onClose, onSubmit }: RescheduleDialogProps) {
  return (
    <Modal opened={entry !== null} onClose={onClose} title="Reschedule">
      {entry && (
        <RescheduleForm
          key={entry.id}
          entry={entry}
          zone={zone}
          onClose={onClose}
          onSubmit={onSubmit}
        />
      )}
    </Modal>
  );
}

function RescheduleForm({
  entry,
  zone,
  onClose,
  onSubmit,
}: RescheduleDialogProps & { entry: CalendarEntry }) {
  const [value, setValue] = useState(() => toLocalInput(entry.at, zone));
  const at = fromLocalInput(value, zone);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (at) onSubmit(entry, at);
      }}
    >
      <Stack gap="sm">
        <TextInput
          type="datetime-local"
          label={`Publish “${entry.title}” at`}
          description={`Your local time (${zone}).`}
          required
          data-autofocus
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={!at}>
            Reschedule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
