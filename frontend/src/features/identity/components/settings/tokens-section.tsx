import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { DataTable, type Column } from '@/components/data/data-table';
import { QueryStates } from '@/components/feedback/data-states';
import { notifySuccess } from '@/lib/notify';

import { useGetTokenScopesQuery, useGetTokensQuery } from '../../api/me-api';
import type { CreatedApiToken, Me, TokenScope } from '../../api/types';
import { CreateTokenForm } from './create-token-form';
import { CreatedToken, TokenRow, type ScopeDescriptions } from './token-parts';

const COLUMNS: Column[] = [
  'Name',
  ['Scopes', 'sm'],
  ['Created', 'lg'],
  ['Expires', 'sm'],
  ['Last used', 'md'],
];

function useScopes(me: Me): { scopes: TokenScope[]; descriptions: ScopeDescriptions } {
  const { data } = useGetTokenScopesQuery();
  // Until the scopes arrive (or if they cannot), offer the user's permissions by name.
  const scopes = data ?? me.permissions.map((name) => ({ name, description: '' }));
  return { scopes, descriptions: new Map(scopes.map((s) => [s.name, s.description])) };
}

export function TokensSection({ me }: { me: Me }) {
  const query = useGetTokensQuery();
  const { scopes, descriptions } = useScopes(me);
  const [dialog, setDialog] = useState<'closed' | 'form' | CreatedApiToken>('closed');
  const tokens = query.data?.items ?? [];
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
      <QueryStates
        query={query}
        loadingLabel="Loading tokens"
        empty={tokens.length === 0 && 'You have no API tokens.'}
      >
        <DataTable label="API tokens" minWidth={300} striped columns={COLUMNS} actions>
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} descriptions={descriptions} />
          ))}
        </DataTable>
      </QueryStates>
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
