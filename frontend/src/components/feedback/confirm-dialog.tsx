import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface ConfirmProps {
  /** What happens if the person goes on. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  loading?: boolean;
  /** Red for what cannot be undone (the default); false for an ordinary confirmation. */
  danger?: boolean;
}

/** The body of a confirmation: what will happen, Cancel, and the action. */
export function ConfirmActions({
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  loading = false,
  danger = true,
}: ConfirmProps) {
  return (
    <Stack gap="sm">
      <Text size="sm">{children}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button color={danger ? 'red' : undefined} loading={loading} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** A dialog that asks before an action; closing it cancels. */
export function ConfirmDialog({
  opened,
  title,
  ...props
}: ConfirmProps & { opened: boolean; title: string }) {
  return (
    <Modal opened={opened} onClose={props.onCancel} title={title}>
      <ConfirmActions {...props} />
    </Modal>
  );
}
