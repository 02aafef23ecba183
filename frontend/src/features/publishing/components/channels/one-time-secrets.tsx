import { Button, Group, Modal, Stack } from '@mantine/core';

import { ShownOnceValue } from '@/components/secret/shown-once-value';

import type { ConnectorSpec } from '../../api/types';

interface OneTimeSecretsProps {
  /** The secrets by name, or null while there are none to show. */
  secrets: Record<string, string> | null;
  spec: ConnectorSpec | undefined;
  title: string;
  onClose: () => void;
}

/** The secrets the server answered this once (made on create), with copy buttons and a warning. */
export function OneTimeSecrets({ secrets, spec, title, onClose }: OneTimeSecretsProps) {
  const labelOf = (name: string) => spec?.secrets.find((f) => f.name === name)?.label ?? name;
  return (
    <Modal opened={secrets !== null} onClose={onClose} title={title}>
      <Stack gap="sm">
        <ShownOnceValue
          title="Copy it now: it is shown only once"
          fields={Object.entries(secrets ?? {}).map(([name, value]) => ({
            label: labelOf(name),
            value,
          }))}
        >
          TRAE generated this secret and will not show it again. Give it to the receiver.
        </ShownOnceValue>
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
