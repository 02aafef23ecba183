import { Button, Group, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { ProblemAlert } from '@/components/feedback/problem-alert';

import type { Channel, ChannelRequest, ConnectorSpec } from '../../api/types';
import {
  initialValues,
  serverErrors,
  shownOnFields,
  slugify,
  toRequest,
  validate,
} from './channel-form-values';
import { SecretField, SettingField } from './spec-fields';

interface ChannelFormProps {
  spec: ConnectorSpec;
  /** The channel being edited; absent when creating. */
  channel?: Channel;
  saving: boolean;
  /** Sends the request; rejects with the server's problem. */
  onSave: (request: ChannelRequest) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * A channel's form, drawn from its connector's spec: name, slug and approval, then each setting
 * by its kind and each secret write-only. The server's field problems show on their fields.
 */
export function ChannelForm({ spec, channel, saving, onSave, onCancel }: ChannelFormProps) {
  const creating = channel === undefined;
  const form = useForm({
    initialValues: initialValues(spec, channel),
    validate: validate(spec, creating),
  });
  // The slug follows the name until the person types one of their own.
  const [slugEdited, setSlugEdited] = useState(!creating);
  const [error, setError] = useState<unknown>(null);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await onSave(toRequest(spec, values));
    } catch (e) {
      form.setErrors(serverErrors(e, spec));
      setError(shownOnFields(e, spec) ? null : e);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error !== null && <ProblemAlert error={error} />}
        <TextInput
          label="Name"
          required
          data-autofocus
          {...form.getInputProps('name')}
          onChange={(e) => {
            const name = e.currentTarget.value;
            form.setFieldValue('name', name);
            if (!slugEdited) form.setFieldValue('slug', slugify(name));
          }}
        />
        <TextInput
          label="Slug"
          description="What items and feed URLs call the channel: lower case, digits and hyphens"
          required
          {...form.getInputProps('slug')}
          onChange={(e) => {
            setSlugEdited(true);
            form.setFieldValue('slug', e.currentTarget.value);
          }}
        />
        <Switch
          label="Requires approval"
          description="Nothing is scheduled or published here before a reviewer approved it"
          {...form.getInputProps('requiresApproval', { type: 'checkbox' })}
        />
        {spec.settings.length > 0 && (
          <Title order={3} size="h5" mt="xs">
            {spec.label} settings
          </Title>
        )}
        {spec.settings.map((f) => (
          <SettingField key={f.name} field={f} form={form} />
        ))}
        {spec.secrets.length > 0 && (
          <Title order={3} size="h5" mt="xs">
            Secrets
          </Title>
        )}
        {spec.secrets.map((f) => (
          <SecretField
            key={f.name}
            field={f}
            form={form}
            stored={channel?.secretsSet.includes(f.name) ?? false}
          />
        ))}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {creating ? 'Create channel' : 'Save channel'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
