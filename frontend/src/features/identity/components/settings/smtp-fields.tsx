import {
  Checkbox,
  Group,
  NumberInput,
  PasswordInput,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

import type { InstanceSettingsForm } from './instance-settings-form';

/** The SMTP part of the instance settings form; all read-only when the environment sets it. */
export function SmtpFields({
  form,
  readOnly,
  passwordSet,
}: {
  form: UseFormReturnType<InstanceSettingsForm>;
  readOnly: boolean;
  passwordSet: boolean;
}) {
  const removing = form.values.removePassword;
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <TextInput
          label="SMTP host"
          description="Empty = TRAE sends no mail"
          placeholder="smtp.example.com"
          readOnly={readOnly}
          {...form.getInputProps('smtpHost')}
        />
        <NumberInput
          label="Port"
          min={1}
          max={65535}
          allowDecimal={false}
          readOnly={readOnly}
          {...form.getInputProps('smtpPort')}
        />
      </Group>
      <TextInput
        label="Username"
        description="Empty = no SMTP authentication"
        autoComplete="off"
        readOnly={readOnly}
        {...form.getInputProps('smtpUsername')}
      />
      {!readOnly && (
        <PasswordInput
          label="Password"
          description={
            passwordSet
              ? 'A password is set. Leave empty to keep it.'
              : 'Stored encrypted; never shown again.'
          }
          placeholder={passwordSet ? '•••••••• (set)' : undefined}
          autoComplete="new-password"
          disabled={removing}
          {...form.getInputProps('smtpPassword')}
        />
      )}
      {!readOnly && passwordSet && (
        <Checkbox
          label="Remove the saved password"
          {...form.getInputProps('removePassword', { type: 'checkbox' })}
        />
      )}
      {readOnly && <TextInput label="Password" value={passwordSet ? 'Set' : 'Not set'} readOnly />}
      <TextInput
        label="From address"
        placeholder="TRAE <trae@example.com>"
        readOnly={readOnly}
        {...form.getInputProps('smtpFrom')}
      />
      <Switch
        label="Require STARTTLS"
        description="Turn off only for a relay on a trusted network"
        disabled={readOnly}
        {...form.getInputProps('smtpStarttls', { type: 'checkbox' })}
      />
    </Stack>
  );
}
