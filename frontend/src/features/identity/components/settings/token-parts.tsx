import { Button, Code, Stack, Table, Text } from '@mantine/core';

import { ShownOnceValue } from '@/components/secret/shown-once-value';
import { formatDateTime } from '@/lib/format-date';

import { useRevokeTokenMutation } from '../../api/me-api';
import type { ApiToken, CreatedApiToken } from '../../api/types';
import { RevokeButton } from './revoke-button';

/** What a scope allows, by name; a name the server did not describe stands for itself. */
export type ScopeDescriptions = ReadonlyMap<string, string>;

export function ScopeList({
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

/** The new token, shown this once, with what it may do. */
export function CreatedToken({
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
      <ShownOnceValue
        title="Copy the token now"
        fields={[{ label: 'Token', value: token.token, testId: 'created-token' }]}
      >
        This is the only time TRAE shows it. Store it where the tool that uses it can read it.
      </ShownOnceValue>
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

export function TokenRow({
  token,
  descriptions,
}: {
  token: ApiToken;
  descriptions: ScopeDescriptions;
}) {
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
        <RevokeButton
          label={`Revoke token ${token.name}`}
          loading={isLoading}
          revoke={() => revoke(token.id).unwrap()}
          success={`Token “${token.name}” no longer works.`}
        />
      </Table.Td>
    </Table.Tr>
  );
}
