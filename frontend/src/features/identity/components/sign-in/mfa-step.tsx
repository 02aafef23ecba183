import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { ProblemAlert } from '@/components/feedback/problem-alert';

import { useVerifyMfaMutation } from '../../api/auth-api';
import { AuthCard } from '../auth-card';
import { useCompleteSignIn } from '../use-complete-sign-in';

/** Sign-in's second step: a code from the authenticator app, or a recovery code. */
export function MfaStep({ mfaToken, onCancel }: { mfaToken: string; onCancel: () => void }) {
  const [verify, { isLoading, error, reset }] = useVerifyMfaMutation();
  const completeSignIn = useCompleteSignIn();
  const [recovery, setRecovery] = useState(false);
  const form = useForm({
    initialValues: { code: '' },
    validate: {
      code: (v) =>
        recovery
          ? /^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/.test(v.trim())
            ? null
            : 'Enter a recovery code like abcde-12345'
          : /^\d{6}$/.test(v.trim())
            ? null
            : 'Enter the 6-digit code',
    },
  });

  const submit = form.onSubmit(async ({ code }) => {
    try {
      completeSignIn(await verify({ mfaToken, code: code.trim() }).unwrap());
    } catch {
      form.setFieldValue('code', '');
    }
  });

  const toggle = () => {
    setRecovery((r) => !r);
    form.reset();
    reset();
  };

  return (
    <AuthCard
      title="Two-factor authentication"
      description={
        recovery
          ? 'Enter one of the recovery codes you saved when you set up two-factor authentication. Each code works once.'
          : 'Enter the 6-digit code from your authenticator app.'
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {error && <ProblemAlert error={error} />}
          {recovery ? (
            <TextInput
              key="recovery"
              label="Recovery code"
              autoComplete="off"
              spellCheck={false}
              required
              data-autofocus
              {...form.getInputProps('code')}
            />
          ) : (
            <TextInput
              key="totp"
              label="Authentication code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              data-autofocus
              {...form.getInputProps('code')}
            />
          )}
          <Button type="submit" loading={isLoading}>
            Verify
          </Button>
          <Group justify="space-between">
            <Anchor component="button" type="button" size="sm" onClick={toggle}>
              {recovery ? 'Use the authenticator app' : 'Use a recovery code'}
            </Anchor>
            <Anchor component="button" type="button" size="sm" onClick={onCancel}>
              Start over
            </Anchor>
          </Group>
        </Stack>
      </form>
    </AuthCard>
  );
}
