import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { formatDateTime } from '@/lib/format-date';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import {
  useCreateTokenMutation,
  useGetTokensQuery,
  useRevokeTokenMutation,
} from '../../api/me-api';
import type { ApiToken, CreatedApiToken, Me } from '../../api/types';
import { CopyField } from '../copy-field';
import { fieldErrors } from '../form-errors';
import { ListEmpty, ListError, ListLoading } from '../list-states';
import { ProblemAlert } from '../problem-alert';

const EXPIRY_OPTIONS = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'Never' },
];

function CreateTokenForm({
  permissions,
  onCreated,
}: {
  permissions: string[];
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
          <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
            {permissions.map((p) => (
              <Checkbox key={p} value={p} label={p} />
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

function CreatedToken({ token, onClose }: { token: CreatedApiToken; onClose: () => void }) {
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" title="Copy the token now">
        This is the only time TRAE shows it. Store it where the tool that uses it can read it.
      </Alert>
      <CopyField label="Token" value={token.token} testId="created-token" />
      <Text size="sm">
        Scopes: {token.scopes.join(', ')}.{' '}
        {token.expiresAt ? `Expires ${formatDateTime(token.expiresAt)}.` : 'Never expires.'}
      </Text>
      <Button onClick={onClose} w="fit-content">
        Done
      </Button>
    </Stack>
  );
}

function TokenRow({ token }: { token: ApiToken }) {
  const [revoke, { isLoading }] = useRevokeTokenMutation();
  return (
    <Table.Tr>
      <Table.Td>{token.name}</Table.Td>
      <Table.Td>
        <code>{token.prefix}…</code>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {token.scopes.map((s) => (
            <Badge key={s} size="xs" variant="light">
              {s}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
      <Table.Td>{token.expiresAt ? formatDateTime(token.expiresAt) : 'Never'}</Table.Td>
      <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="light"
          color="red"
          loading={isLoading}
          aria-label={`Revoke token ${token.name}`}
          onClick={() => {
            revoke(token.id)
              .unwrap()
              .then(() => {
                notifySuccess(`Token “${token.name}” no longer works.`);
              })
              .catch((e: unknown) => {
                notifyFailure(e);
              });
          }}
        >
          Revoke
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

export function TokensSection({ me }: { me: Me }) {
  const { data, error, isLoading, isFetching, refetch } = useGetTokensQuery();
  const [dialog, setDialog] = useState<'closed' | 'form' | CreatedApiToken>('closed');
  const tokens = data?.items ?? [];
  const close = () => {
    setDialog('closed');
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Personal access tokens let scripts and tools call the API as you.
        </Text>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => {
            setDialog('form');
          }}
        >
          New token
        </Button>
      </Group>
      {isLoading ? (
        <ListLoading label="Loading tokens" />
      ) : error ? (
        <ListError error={error} onRetry={() => void refetch()} retrying={isFetching} />
      ) : tokens.length === 0 ? (
        <ListEmpty>You have no API tokens.</ListEmpty>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="API tokens" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Prefix</Table.Th>
                <Table.Th>Scopes</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.map((token) => (
                <TokenRow key={token.id} token={token} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={dialog !== 'closed'}
        onClose={close}
        title={typeof dialog === 'object' ? 'Your new token' : 'New API token'}
        size="lg"
        closeOnClickOutside={typeof dialog !== 'object'}
      >
        {typeof dialog === 'object' ? (
          <CreatedToken token={dialog} onClose={close} />
        ) : (
          <CreateTokenForm
            permissions={me.permissions}
            onCreated={(token) => {
              setDialog(token);
              notifySuccess(`Token “${token.name}” created.`);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
