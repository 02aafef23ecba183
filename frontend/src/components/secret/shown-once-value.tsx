import { Alert, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { CopyField } from '@/components/forms/copy-field';

/** One value to copy: its field's label (the copy button is named after it) and the value. */
export interface ShownOnceField {
  label: string;
  value: string;
  testId?: string;
}

/**
 * A value the server answers only this once (a key, a generated secret, a token, a share link):
 * a warning that says so and what to do with it, then each value read-only with a copy button.
 * Every such value looks and reads the same, so users learn one warning, not one per screen.
 * With `onDismiss`, the warning closes with a button named `dismissLabel` (the value is gone
 * for good then); without it, the surrounding dialog's own button closes it.
 */
export function ShownOnceValue({
  title,
  children,
  fields,
  onDismiss,
  dismissLabel = 'I have copied it',
}: {
  /** The warning's heading, e.g. "Copy it now: it is shown only once". */
  title: string;
  /** Why it is not shown again and what to do with it. */
  children: ReactNode;
  fields: ShownOnceField[];
  onDismiss?: () => void;
  dismissLabel?: string;
}) {
  return (
    <Alert
      color="orange"
      variant="light"
      title={title}
      withCloseButton={onDismiss !== undefined}
      closeButtonLabel={dismissLabel}
      onClose={onDismiss}
    >
      <Stack gap="xs">
        <Text size="sm">{children}</Text>
        {fields.map((field) => (
          <CopyField
            key={field.label}
            label={field.label}
            value={field.value}
            testId={field.testId}
          />
        ))}
      </Stack>
    </Alert>
  );
}
