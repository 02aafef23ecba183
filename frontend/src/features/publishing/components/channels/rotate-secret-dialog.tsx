import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { ShownOnceValue } from '@/components/secret/shown-once-value';
import { formatDateTime } from '@/lib/format-date';

import { useRotateSecretMutation } from '../../api/channels-api';
import type { Channel, ConnectorSpec } from '../../api/types';

const HOUR_MS = 3600 * 1000;

interface RotateSecretDialogProps {
  channel: Channel;
  spec: ConnectorSpec;
  opened: boolean;
  onClose: () => void;
}

/**
 * Rotates the channel's secret: the new one is shown this once (the server never answers it
 * again), and the old one keeps working until the overlap ends, so the receiver can switch.
 */
export function RotateSecretDialog({ channel, spec, opened, onClose }: RotateSecretDialogProps) {
  const [rotate, state] = useRotateSecretMutation();
  const [hours, setHours] = useState<number>(24);
  const [overlapEnd, setOverlapEnd] = useState<string | null>(null);
  const close = () => {
    state.reset();
    setOverlapEnd(null);
    onClose();
  };
  const labelOf = (name: string) => spec.secrets.find((f) => f.name === name)?.label ?? name;
  const rotated = state.data;

  return (
    <Modal opened={opened} onClose={close} title={`Rotate the secret of ${channel.name}`}>
      {rotated ? (
        <Stack gap="sm">
          <ShownOnceValue
            title="Copy it now"
            fields={Object.entries(rotated.secrets).map(([name, value]) => ({
              label: `New ${labelOf(name).toLowerCase()}`,
              value,
            }))}
          >
            TRAE shows the new secret only this once. Give it to the receiver.
          </ShownOnceValue>
          {overlapEnd && (
            <Text size="sm">
              The old secret keeps working until about{' '}
              <time dateTime={overlapEnd}>{formatDateTime(overlapEnd)}</time>.
            </Text>
          )}
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          {state.error !== undefined && <ProblemAlert error={state.error} />}
          <Text size="sm">
            TRAE makes a new secret. During the overlap it keeps the old one too (a webhook signs
            with both), so the receiver can switch without missing a delivery.
          </Text>
          <NumberInput
            label="Overlap in hours"
            description="1 to 168"
            min={1}
            max={168}
            clampBehavior="strict"
            allowDecimal={false}
            value={hours}
            onChange={(v) => setHours(typeof v === 'number' ? v : 24)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              loading={state.isLoading}
              onClick={() => {
                const asked = Date.now();
                rotate({ id: channel.id, overlapHours: hours })
                  .unwrap()
                  .then(() => setOverlapEnd(new Date(asked + hours * HOUR_MS).toISOString()))
                  .catch(() => {
                    // Shown in the dialog.
                  });
              }}
            >
              Rotate secret
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
