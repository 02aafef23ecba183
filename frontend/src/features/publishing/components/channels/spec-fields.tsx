import {
  Badge,
  Button,
  Fieldset,
  Group,
  PasswordInput,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

import type { ConnectorField } from '../../api/types';
import type { ChannelFormValues, SecretEntry } from './channel-form-values';

type Form = UseFormReturnType<ChannelFormValues>;

const INPUT_TYPE = { url: 'url', email: 'email' } as const;

/** One plain setting, drawn by its kind. */
export function SettingField({ field, form }: { field: ConnectorField; form: Form }) {
  const path = `settings.${field.name}`;
  const common = { label: field.label, description: field.help || undefined };
  if (field.kind === 'boolean') {
    return <Switch {...common} {...form.getInputProps(path, { type: 'checkbox' })} />;
  }
  if (field.kind === 'secret') {
    return <PasswordInput {...common} required={field.required} {...form.getInputProps(path)} />;
  }
  return (
    <TextInput
      {...common}
      required={field.required}
      type={field.kind === 'url' || field.kind === 'email' ? INPUT_TYPE[field.kind] : 'text'}
      inputMode={field.kind === 'number' ? 'decimal' : undefined}
      {...form.getInputProps(path)}
    />
  );
}

/**
 * A secret, write-only: one never set (or being replaced) is a password input; a stored one is
 * only "set", with Replace and Remove. Its value is never shown, because the UI never has it.
 */
export function SecretField({
  field,
  form,
  stored,
}: {
  field: ConnectorField;
  form: Form;
  /** Whether the channel holds a value for it now. */
  stored: boolean;
}) {
  const path = `secrets.${field.name}`;
  const entry = form.values.secrets[field.name] ?? { mode: 'replace', value: '' };
  const setMode = (mode: SecretEntry['mode']) => {
    form.setFieldValue(path, { mode, value: '' });
  };
  const name = field.label.toLowerCase();

  if (!stored || entry.mode === 'replace') {
    return (
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <PasswordInput
          style={{ flex: 1 }}
          label={stored ? `New ${name}` : field.label}
          description={field.help || undefined}
          required={field.required}
          autoComplete="new-password"
          {...form.getInputProps(`${path}.value`)}
        />
        {stored && (
          <Button variant="default" onClick={() => setMode('keep')}>
            Keep current
          </Button>
        )}
      </Group>
    );
  }
  return (
    <Fieldset legend={field.label} variant="unstyled" aria-label={field.label}>
      <Group gap="xs" mt={4}>
        {entry.mode === 'keep' ? (
          <>
            <Badge color="green" variant="light">
              Set
            </Badge>
            <Button size="xs" variant="default" onClick={() => setMode('replace')}>
              Replace {name}
            </Button>
            {!field.required && (
              <Button size="xs" variant="subtle" color="red" onClick={() => setMode('remove')}>
                Remove {name}
              </Button>
            )}
          </>
        ) : (
          <>
            <Text size="sm" c="red">
              Removed when you save.
            </Text>
            <Button size="xs" variant="default" onClick={() => setMode('keep')}>
              Undo
            </Button>
          </>
        )}
      </Group>
      {field.help && (
        <Text size="xs" c="dimmed" mt={4}>
          {field.help}
        </Text>
      )}
    </Fieldset>
  );
}
