import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';

import { ProblemAlert } from '@/components/feedback/problem-alert';

import { useSendTestMailMutation } from '../../api/settings-api';

/** Sends a test mail with the settings in effect and shows what the SMTP server answered. */
export function TestMailForm({ defaultTo, disabled }: { defaultTo: string; disabled: boolean }) {
  const [to, setTo] = useState(defaultTo);
  const [send, { data, error, isLoading, reset }] = useSendTestMailMutation();
  return (
    <Stack gap="sm">
      <Text fw={600}>Send a test mail</Text>
      {disabled && (
        <Text size="sm" c="dimmed">
          Save an SMTP server first.
        </Text>
      )}
      <Group align="flex-end">
        <TextInput
          label="Send to"
          type="email"
          value={to}
          onChange={(e) => {
            setTo(e.currentTarget.value);
            reset();
          }}
          w={280}
        />
        <Button
          variant="default"
          loading={isLoading}
          disabled={disabled}
          onClick={() => {
            void send({ to: to.trim() || undefined });
          }}
        >
          Send test mail
        </Button>
      </Group>
      {data?.delivered && (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
          The SMTP server accepted the mail to {data.to}. Check that inbox (and its spam folder).
        </Alert>
      )}
      {error && <ProblemAlert error={error} title="The test mail was not sent" />}
    </Stack>
  );
}
