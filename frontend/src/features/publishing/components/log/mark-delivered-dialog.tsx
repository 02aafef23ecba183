import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { notifySuccess } from '@/lib/notify';

import { useMarkDeliveredMutation } from '../../api/publications-api';
import type { Publication } from '../../api/types';

const URL = /^https?:\/\/\S+$/i;

/** A person looked at the destination and found the post there: record it, with its link. */
export function MarkDeliveredDialog({
  publication,
  opened,
  onClose,
}: {
  publication: Publication;
  opened: boolean;
  onClose: () => void;
}) {
  const [mark, state] = useMarkDeliveredMutation();
  const form = useForm({
    initialValues: { externalUrl: '', externalId: '' },
    validate: {
      externalUrl: (v) => (v.trim() === '' || URL.test(v.trim()) ? null : 'Enter an http(s) URL'),
    },
  });
  const close = () => {
    form.reset();
    state.reset();
    onClose();
  };
  const submit = form.onSubmit(async ({ externalUrl, externalId }) => {
    const result = await mark({
      id: publication.id,
      ...(externalUrl.trim() ? { externalUrl: externalUrl.trim() } : {}),
      ...(externalId.trim() ? { externalId: externalId.trim() } : {}),
    });
    if (result.data) {
      notifySuccess(`Marked as delivered to ${publication.channel.name}.`);
      close();
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={`Delivered to ${publication.channel.name}?`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {state.error !== undefined && <ProblemAlert error={state.error} />}
          <Text size="sm">
            TRAE sent it and got no answer. If you found the post at the destination, say where;
            TRAE then will not send it again.
          </Text>
          <TextInput
            label="Link to the post"
            description="Optional"
            type="url"
            data-autofocus
            {...form.getInputProps('externalUrl')}
          />
          <TextInput
            label="Id at the destination"
            description="Optional"
            {...form.getInputProps('externalId')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={state.isLoading}>
              Mark delivered
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
