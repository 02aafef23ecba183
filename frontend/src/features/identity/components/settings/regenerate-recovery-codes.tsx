import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { fieldErrors } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';

import { useRegenerateRecoveryCodesMutation } from '../../api/account-api';
import { RecoveryCodes } from '../recovery-codes';

/**
 * Two-factor section: replaces every recovery code with ten new ones (the old ones stop working)
 * after the password is confirmed, and shows the new ones once.
 */
export function RegenerateRecoveryCodes() {
  const [regenerate, { isLoading, error, reset }] = useRegenerateRecoveryCodesMutation();
  const [open, setOpen] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v ? null : 'Enter your password') },
  });

  if (codes) {
    return (
      <RecoveryCodes
        codes={codes}
        onDone={() => {
          setCodes(null);
          setOpen(false);
          reset();
        }}
      />
    );
  }

  const submit = form.onSubmit(async ({ password }) => {
    try {
      const result = await regenerate({ password }).unwrap();
      form.reset();
      setCodes(result.recoveryCodes);
      notifySuccess('New recovery codes are ready; the old ones no longer work.');
    } catch (e) {
      form.setErrors(fieldErrors(e, ['password']));
    }
  });

  return (
    <Stack gap="sm" maw={420}>
      <Text fw={600}>Recovery codes</Text>
      <Text size="sm">
        Used up or lost your recovery codes? Make ten new ones. Every old code stops working.
      </Text>
      {!open ? (
        <Button
          variant="default"
          w="fit-content"
          onClick={() => {
            setOpen(true);
          }}
        >
          Generate new recovery codes
        </Button>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Generate new recovery codes">
          <Stack gap="sm">
            {error && <ProblemAlert error={error} />}
            <PasswordInput
              label="Password"
              description="To confirm it is you"
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={isLoading} w="fit-content">
              Replace my recovery codes
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
