import {
  Alert,
  Button,
  Checkbox,
  Code,
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
  useGetTokenScopesQuery,
  useGetTokensQuery,
  useRevokeTokenMutation,
} from '../../api/me-api';
import type { ApiToken, CreatedApiToken, Me, TokenScope } from '../../api/types';
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

/** What a scope allows, by name; a name the server did not describe stands for itself. */
type ScopeDescriptions = ReadonlyMap<string, string>;

function useScopes(me: Me): { scopes: TokenScope[]; descriptions: ScopeDescriptions } {
  const { data } = useGetTokenScopesQuery();
  // Until the scopes arrive (or if they cannot), offer the user's permissions by name.
  const scopes = data ?? me.permissions.map((name) => ({ name, description: '' }));
  return { scopes, descriptions: new Map(scopes.map((s) => [s.name, s.description])) };
}

function CreateTokenForm({
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

function ScopeList({
  scopes,
  descriptions,
}: {
  scopes: string[];
  descriptions: ScopeDescriptions;
}) {
  return (
    <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
      {scopes.map((s) => (
        <Text key={s} component="li" size="xs">
          <Code>{s}</Code>
          {descriptions.get(s) && (
            <Text span size="xs" c="dimmed">
              {' '}
              {descriptions.get(s)}
            </Text>
          )}
        </Text>
      ))}
    </Stack>
  );
}

function CreatedToken({
  token,
  descriptions,
  onClose,
}: {
  token: CreatedApiToken;
  descriptions: ScopeDescriptions;
  onClose: () => void;
}) {
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" title="Copy the token now">
        This is the only time TRAE shows it. Store it where the tool that uses it can read it.
      </Alert>
      <CopyField label="Token" value={token.token} testId="created-token" />
      <div>
        <Text size="sm">Scopes:</Text>
        <ScopeList scopes={token.scopes} descriptions={descriptions} />
      </div>
      <Text size="sm">
        {token.expiresAt ? `Expires ${formatDateTime(token.expiresAt)}.` : 'Never expires.'}
      </Text>
      <Button onClick={onClose} w="fit-content">
        Done
      </Button>
    </Stack>
  );
}

function TokenRow({ token, descriptions }: { token: ApiToken; descriptions: ScopeDescriptions }) {
  const [revoke, { isLoading }] = useRevokeTokenMutation();
  const expires = token.expiresAt ? formatDateTime(token.expiresAt) : 'Never';
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {token.name}
        </Text>
        <Text size="xs" c="dimmed">
          <code>{token.prefix}…</code>
        </Text>
        {/* On a narrow screen the columns below fold into the name cell. */}
        <Stack gap={4} mt={4} hiddenFrom="sm">
          <ScopeList scopes={token.scopes} descriptions={descriptions} />
          <Text size="xs">Expires: {expires}</Text>
        </Stack>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <ScopeList scopes={token.scopes} descriptions={descriptions} />
      </Table.Td>
      <Table.Td visibleFrom="lg">{formatDateTime(token.createdAt)}</Table.Td>
      <Table.Td visibleFrom="sm">{expires}</Table.Td>
      <Table.Td visibleFrom="md">
        {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}
      </Table.Td>
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
  const { scopes, descriptions } = useScopes(me);
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
        <Table.ScrollContainer minWidth={300}>
          <Table aria-label="API tokens" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th visibleFrom="sm">Scopes</Table.Th>
                <Table.Th visibleFrom="lg">Created</Table.Th>
                <Table.Th visibleFrom="sm">Expires</Table.Th>
                <Table.Th visibleFrom="md">Last used</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.map((token) => (
                <TokenRow key={token.id} token={token} descriptions={descriptions} />
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
          <CreatedToken token={dialog} descriptions={descriptions} onClose={close} />
        ) : (
          <CreateTokenForm
            scopes={scopes}
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
