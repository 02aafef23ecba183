import {
  Alert,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Image,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCopy, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';

import { downloadBlob, svgDataUrl } from '@/lib/download';
import { notifyFailure } from '@/lib/notify';

import { useConfirmTotpMutation, useStartTotpMutation } from '../api/me-api';
import { CopyField } from './copy-field';
import { ProblemAlert } from './problem-alert';

/** Shows the recovery codes once, with copy and download, until the user says they saved them. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  const text = `TRAE recovery codes\nEach code works once.\n\n${codes.join('\n')}\n`;
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" title="Save your recovery codes">
        If you lose your authenticator, each of these codes signs you in once. They are shown only
        now.
      </Alert>
      <Paper withBorder p="md">
        <SimpleGrid
          cols={2}
          component="ul"
          aria-label="Recovery codes"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {codes.map((code) => (
            <Text key={code} component="li" ff="monospace">
              {code}
            </Text>
          ))}
        </SimpleGrid>
      </Paper>
      <Group>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              leftSection={<IconCopy size={16} aria-hidden />}
              onClick={copy}
            >
              {copied ? 'Copied' : 'Copy codes'}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => {
            downloadBlob(new Blob([text], { type: 'text/plain' }), 'trae-recovery-codes.txt');
          }}
        >
          Download as text
        </Button>
      </Group>
      <Checkbox
        label="I saved my recovery codes somewhere safe"
        checked={saved}
        onChange={(e) => {
          setSaved(e.currentTarget.checked);
        }}
      />
      <Button disabled={!saved} onClick={onDone} w="fit-content">
        Done
      </Button>
    </Stack>
  );
}

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
