import { Button, Checkbox, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { fieldErrors } from '@/lib/form-errors';
import { notifyFailure } from '@/lib/notify';

import { useCreateTokenMutation } from '../../api/me-api';
import type { CreatedApiToken, TokenScope } from '../../api/types';

const EXPIRY_OPTIONS = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'Never' },
];

/** Names a new personal access token, picks its scopes and when it expires. */
export function CreateTokenForm({
  scopes: available,
  onCreated,
}: {
  scopes: TokenScope[];
  onCreated: (token: CreatedApiToken) => void;
}) {
  const [create, { isLoading, error }] = useCreateTokenMutation();
  const form = useForm({
    initialValues: { name: '', scopes: [] as string[], expiry: '30' },
    validate: {
      name: (v) => (v.trim() ? null : 'Name the token after what uses it'),
      scopes: (v) => (v.length > 0 ? null : 'Choose at least one scope'),
    },
  });
  const submit = form.onSubmit(async ({ name, scopes, expiry }) => {
    try {
      const created = await create({
        name: name.trim(),
        scopes,
        expiresInDays: expiry === 'never' ? null : Number(expiry),
      }).unwrap();
      onCreated(created);
    } catch (e) {
      form.setErrors(fieldErrors(e, ['name', 'scopes']));
      notifyFailure(e);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error && <ProblemAlert error={error} />}
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <Checkbox.Group
          label="Scopes"
          description="A token can do at most what you can."
          required
          {...form.getInputProps('scopes')}
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="sm">
            {available.map((scope) => (
              <Checkbox
                key={scope.name}
                value={scope.name}
                label={scope.name}
                description={scope.description || undefined}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Select
          label="Expires after"
          data={EXPIRY_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('expiry')}
        />
        <Button type="submit" loading={isLoading} w="fit-content">
          Create token
        </Button>
      </Stack>
    </form>
  );
}
