import { Button, Group, Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/feedback/problem-alert';

import { useCreateContentItemMutation } from '../../api/list-api';
import type { ContentTypeDefinition } from '../../api/types';

/**
 * "New item": a type and a title, then straight into the editor. Each submit sends a fresh
 * Idempotency-Key, so a request the network retried still creates one item.
 */
export function NewItemDialog({
  opened,
  types,
  onClose,
}: {
  opened: boolean;
  types: ContentTypeDefinition[];
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const [create, { isLoading, error, reset }] = useCreateContentItemMutation();
  const form = useForm({
    initialValues: { type: 'article', title: '', status: 'draft' as 'idea' | 'draft' },
    validate: {
      type: (v) => (v ? null : 'Choose a type'),
      title: (v) => (v.trim() ? null : 'Give it a title'),
    },
  });
  const limit = types.find((t) => t.type === form.values.type)?.limits.title;

  const close = () => {
    form.reset();
    reset();
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    try {
      const item = await create({
        item: { type: values.type, title: values.title.trim(), status: values.status },
        idempotencyKey: crypto.randomUUID(),
      }).unwrap();
      close();
      void navigate(`/content/${encodeURIComponent(item.id)}`);
    } catch {
      // Shown by the alert below.
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="New item">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label="Type"
            required
            data={types.map((t) => ({ value: t.type, label: t.label }))}
            allowDeselect={false}
            {...form.getInputProps('type')}
          />
          <TextInput
            label="Title"
            required
            data-autofocus
            maxLength={limit}
            {...form.getInputProps('title')}
          />
          <SegmentedControl
            aria-label="Start as"
            data={[
              { value: 'draft', label: 'Draft' },
              { value: 'idea', label: 'Idea' },
            ]}
            {...form.getInputProps('status')}
          />
          {error && <ProblemAlert error={error} title="The item was not created" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={isLoading}>
              Create
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
