import { Badge, Button, Divider, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';

import { QueryStates } from '@/components/feedback/data-states';
import { ProblemAlert } from '@/components/feedback/problem-alert';
import { fieldErrors } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';

import type { InstanceSettings, SettingSource } from '../../api/settings-api';
import {
  useGetInstanceSettingsQuery,
  useSaveInstanceSettingsMutation,
} from '../../api/settings-api';
import { formValues, toChange } from './instance-settings-form';
import { SmtpFields } from './smtp-fields';
import { TestMailForm } from './test-mail-form';

const FIELDS = [
  'siteName',
  'publicUrl',
  'smtpHost',
  'smtpPort',
  'smtpUsername',
  'smtpPassword',
  'smtpFrom',
] as const;

function SourceBadge({ source, variable }: { source: SettingSource; variable: string }) {
  if (source !== 'environment') return null;
  return (
    <Badge variant="outline" color="gray" title={`Set with ${variable} where TRAE is deployed`}>
      Set by the environment ({variable})
    </Badge>
  );
}

function SettingsForm({ settings, me }: { settings: InstanceSettings; me: string }) {
  const [save, { isLoading, error }] = useSaveInstanceSettingsMutation();
  const form = useForm({ initialValues: formValues(settings) });
  const urlLocked = settings.publicUrlSource === 'environment';
  const smtpLocked = settings.smtpSource === 'environment';

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save(toChange(values, settings)).unwrap();
      form.setValues(formValues(saved));
      form.resetDirty(formValues(saved));
      notifySuccess('Instance settings saved. They apply at once.');
    } catch (e) {
      form.setErrors(fieldErrors(e, FIELDS));
    }
  });

  return (
    <Stack gap="lg" maw={560}>
      <form onSubmit={submit} noValidate aria-label="Instance settings">
        <Stack gap="sm">
          {error && <ProblemAlert error={error} />}
          <TextInput
            label="Site name"
            description="Shown on the sign-in page and in the browser title"
            {...form.getInputProps('siteName')}
          />
          <Group gap="xs">
            <SourceBadge source={settings.publicUrlSource} variable="TRAE_PUBLIC_URL" />
          </Group>
          <TextInput
            label="Public URL"
            description="Where users reach TRAE; links in mails start with it"
            readOnly={urlLocked}
            {...form.getInputProps('publicUrl')}
          />
          <Divider my="xs" />
          <Group justify="space-between">
            <Title order={2} size="h4">
              Mail (SMTP)
            </Title>
            <SourceBadge source={settings.smtpSource} variable="TRAE_SMTP_*" />
          </Group>
          <SmtpFields form={form} readOnly={smtpLocked} passwordSet={settings.smtpPasswordSet} />
          <Button type="submit" loading={isLoading} w="fit-content">
            Save settings
          </Button>
        </Stack>
      </form>
      <Divider />
      <TestMailForm defaultTo={me} disabled={!settings.mailConfigured} />
    </Stack>
  );
}

/** Admin → Settings: site name, public URL and SMTP (`settings:manage`). */
export function InstanceSettingsSection({ me }: { me: string }) {
  const query = useGetInstanceSettingsQuery();
  return (
    <QueryStates query={query} loadingLabel="Loading the instance settings" ready={!!query.data}>
      {query.data && (
        <Stack gap="xs">
          <Text c="dimmed" size="sm">
            Values set in the environment win and are read-only here; everything else applies at
            once on every node, without a restart.
          </Text>
          <SettingsForm settings={query.data} me={me} />
        </Stack>
      )}
    </QueryStates>
  );
}
