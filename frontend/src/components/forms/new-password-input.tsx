import { PasswordInput, Progress, Stack, Text, type PasswordInputProps } from '@mantine/core';
import { useId } from 'react';

import { MIN_PASSWORD_LENGTH, passwordStrength } from '@/lib/password';

const COLORS = ['red', 'red', 'orange', 'yellow', 'teal', 'green'];

/** A new-password field with a strength hint under it. */
export function NewPasswordInput(props: PasswordInputProps) {
  const hintId = useId();
  const value = typeof props.value === 'string' ? props.value : '';
  const { score, label } = passwordStrength(value);
  return (
    <Stack gap={4}>
      <PasswordInput autoComplete="new-password" aria-describedby={hintId} {...props} />
      {value.length > 0 && (
        <Progress
          value={(score / 5) * 100}
          color={COLORS[score] ?? 'green'}
          size="xs"
          aria-hidden
        />
      )}
      <Text id={hintId} size="xs" c="dimmed" aria-live="polite">
        {value.length > 0 ? `Strength: ${label}. ` : ''}Use at least {MIN_PASSWORD_LENGTH}{' '}
        characters; a few unrelated words work well.
      </Text>
    </Stack>
  );
}
