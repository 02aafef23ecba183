import { PasswordInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

import { NewPasswordInput } from './new-password-input';

/**
 * A new password with its strength hint, and the same again in `confirm`; pair with
 * `newPasswordRules` from `@/lib/password` in the form's `validate`.
 */
export function NewPasswordFields<Values extends { confirm: string }>({
  form,
  field,
  label,
  confirmLabel,
}: {
  form: UseFormReturnType<Values>;
  field: keyof Values & string;
  label: string;
  confirmLabel: string;
}) {
  return (
    <>
      <NewPasswordInput label={label} required {...form.getInputProps(field)} />
      <PasswordInput
        label={confirmLabel}
        autoComplete="new-password"
        required
        {...form.getInputProps('confirm')}
      />
    </>
  );
}
