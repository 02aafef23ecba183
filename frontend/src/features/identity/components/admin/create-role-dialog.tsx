import { Button, Checkbox, Modal, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { fieldErrors } from '@/lib/form-errors';
import { notifySuccess } from '@/lib/notify';

import { useCreateRoleMutation } from '../../api/admin-api';
import type { Permission } from '../../api/types';

const ROLE_NAME = /^[A-Z][A-Z0-9_-]{1,39}$/;

export function CreateRoleDialog({
  opened,
  onClose,
  permissions,
}: {
  opened: boolean;
  onClose: () => void;
  permissions: Permission[];
}) {
  const [create, { isLoading, error, reset }] = useCreateRoleMutation();
  const form = useForm({
    initialValues: { name: '', permissions: [] as string[], mfaRequired: false },
    transformValues: (v) => ({ ...v, name: v.name.trim().toUpperCase() }),
    validate: {
      name: (v) =>
        ROLE_NAME.test(v.trim().toUpperCase())
          ? null
          : 'Use 2–40 letters, digits, _ or -, starting with a letter',
    },
  });
  const close = () => {
    form.reset();
    reset();
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    try {
      await create(values).unwrap();
      notifySuccess(`Role ${values.name} created.`);
      close();
    } catch (e) {
      form.setErrors(fieldErrors(e, ['name', 'permissions']));
    }
  });
  return (
    <Modal opened={opened} onClose={close} title="New role" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {error && <ProblemAlert error={error} />}
          <TextInput
            label="Name"
            description="Upper case, e.g. TRANSLATOR"
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Switch
            label="Requires two-factor authentication"
            {...form.getInputProps('mfaRequired', { type: 'checkbox' })}
          />
          <Checkbox.Group label="Permissions" {...form.getInputProps('permissions')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
              {permissions.map((p) => (
                <Checkbox key={p.name} value={p.name} label={p.name} title={p.description} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Button type="submit" loading={isLoading} w="fit-content">
            Create role
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
