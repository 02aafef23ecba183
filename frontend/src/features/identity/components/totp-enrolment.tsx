import { Button, Image, List, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { CopyField } from '@/components/forms/copy-field';
import { svgDataUrl } from '@/lib/download';
import { notifyFailure } from '@/lib/notify';

import { useConfirmTotpMutation, useStartTotpMutation } from '../api/me-api';
import { RecoveryCodes } from './recovery-codes';

/**
 * Sets up TOTP: starts enrolment, shows the QR code (as an image, never as live markup) and the
 * secret, confirms with a code, then shows the recovery codes once.
 */
export function TotpEnrolment({
  onDone,
  onConfirmed,
}: {
  onDone: () => void | Promise<void>;
  /** Takes over showing the recovery codes (the caller then renders `RecoveryCodes`). */
  onConfirmed?: (recoveryCodes: string[]) => void;
}) {
  const [start, started] = useStartTotpMutation();
  const [confirm, confirmed] = useConfirmTotpMutation();
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (v) => (/^\d{6}$/.test(v.trim()) ? null : 'Enter the 6-digit code') },
  });

  if (confirmed.data && !onConfirmed) {
    return <RecoveryCodes codes={confirmed.data.recoveryCodes} onDone={() => void onDone()} />;
  }

  if (!started.data) {
    return (
      <Stack gap="sm" align="flex-start">
        {started.error && <ProblemAlert error={started.error} />}
        <Text size="sm">
          You need an authenticator app such as Aegis, Google Authenticator, 1Password or Bitwarden.
        </Text>
        <Button
          loading={started.isLoading}
          onClick={() => {
            start()
              .unwrap()
              .catch((e: unknown) => {
                notifyFailure(e);
              });
          }}
        >
          Set up authenticator app
        </Button>
      </Stack>
    );
  }

  const { secret, qrCodeSvg } = started.data;
  const submit = form.onSubmit(async ({ code }) => {
    try {
      const { recoveryCodes } = await confirm({ code: code.trim() }).unwrap();
      onConfirmed?.(recoveryCodes);
    } catch {
      form.setFieldValue('code', '');
    }
  });

  return (
    <Stack gap="sm">
      <List type="ordered" size="sm" spacing={4}>
        <List.Item>Scan the QR code with your authenticator app.</List.Item>
        <List.Item>If you cannot scan it, enter the secret by hand.</List.Item>
        <List.Item>Enter the 6-digit code the app shows.</List.Item>
      </List>
      <Image
        src={svgDataUrl(qrCodeSvg)}
        alt="QR code for your authenticator app"
        w={200}
        h={200}
        fit="contain"
        bg="white"
        p={4}
      />
      <CopyField label="Secret" value={secret} testId="totp-secret" />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {confirmed.error && <ProblemAlert error={confirmed.error} />}
          <TextInput
            label="Code from the app"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            {...form.getInputProps('code')}
          />
          <Button type="submit" loading={confirmed.isLoading} w="fit-content">
            Turn on two-factor authentication
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
