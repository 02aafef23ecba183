import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { fieldErrors } from '@/lib/form-errors';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useUpdateMeMutation } from '../../api/me-api';
import type { Me } from '../../api/types';

/** A value shown, not edited: no box or caret that invites typing. */
const READ_ONLY = {
  readOnly: true,
  variant: 'unstyled',
  styles: { input: { cursor: 'default' } },
} as const;

export function ProfileSection({ me }: { me: Me }) {
  const [update, { isLoading }] = useUpdateMeMutation();
  const form = useForm({
    initialValues: { displayName: me.displayName },
    validate: { displayName: (v) => (v.trim() ? null : 'Enter a display name') },
  });
  const submit = form.onSubmit(async ({ displayName }) => {
    try {
      await update({ displayName: displayName.trim() }).unwrap();
      notifySuccess('Your display name was saved.');
    } catch (e) {
      form.setErrors(fieldErrors(e, ['displayName']));
      notifyFailure(e);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <TextInput label="E-mail" value={me.email} {...READ_ONLY} />
        <TextInput label="Role" value={me.role} {...READ_ONLY} />
        <TextInput
          label="Display name"
          autoComplete="name"
          required
          {...form.getInputProps('displayName')}
        />
        <Button type="submit" loading={isLoading} w="fit-content">
          Save profile
        </Button>
      </Stack>
    </form>
  );
}
