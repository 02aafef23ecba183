import { ActionIcon, Button, Group, NavLink, Stack, TextInput, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';

import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { QueryStates } from '@/components/feedback/data-states';
import { ProblemAlert } from '@/components/feedback/problem-alert';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import {
  useCreateNewsletterListMutation,
  useDeleteNewsletterListMutation,
  useGetNewsletterListsQuery,
} from '../api/newsletter-api';
import type { NewsletterList } from '../api/types';
import { RenameListDialog } from './rename-list-dialog';

interface ListsPanelProps {
  selected: string | null;
  onSelect: (id: string | null) => void;
}

/** The subscriber lists: pick one, make one, delete one. */
export function ListsPanel({ selected, onSelect }: ListsPanelProps) {
  const lists = useGetNewsletterListsQuery();
  const [create, created] = useCreateNewsletterListMutation();
  const [remove, removing] = useDeleteNewsletterListMutation();
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<NewsletterList | null>(null);
  const [renaming, setRenaming] = useState<NewsletterList | null>(null);
  const items = lists.data?.items ?? [];

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Lists
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          create({ name: name.trim() })
            .unwrap()
            .then((list) => {
              setName('');
              onSelect(list.id);
            })
            .catch(() => {
              // Shown below.
            });
        }}
      >
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label="New list's name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            style={{ flex: '1 1 10rem' }}
          />
          <Button
            type="submit"
            leftSection={<IconPlus size={16} aria-hidden />}
            loading={created.isLoading}
            disabled={!name.trim()}
          >
            Create list
          </Button>
        </Group>
      </form>
      {created.error !== undefined && <ProblemAlert error={created.error} />}
      <QueryStates
        query={lists}
        loadingLabel="Loading lists"
        ready={!!lists.data}
        empty={items.length === 0 && 'No lists yet. Create one to collect subscribers.'}
      >
        <Stack gap={2} role="list" aria-label="Newsletter lists">
          {items.map((l) => (
            <Group key={l.id} gap={4} wrap="nowrap" role="listitem">
              <NavLink
                component="button"
                label={l.name}
                description={l.description ?? undefined}
                active={l.id === selected}
                onClick={() => onSelect(l.id)}
                style={{ flex: 1, minWidth: 0 }}
              />
              <ActionIcon
                variant="subtle"
                aria-label={`Rename ${l.name}`}
                onClick={() => setRenaming(l)}
              >
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Delete ${l.name}`}
                onClick={() => setDeleting(l)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      </QueryStates>
      {renaming && <RenameListDialog list={renaming} onClose={() => setRenaming(null)} />}
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? 'the list'}?`}
        confirmLabel="Delete list"
        loading={removing.isLoading}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          remove(deleting.id)
            .unwrap()
            .then(() => {
              notifySuccess(`List ${deleting.name} deleted.`);
              if (selected === deleting.id) onSelect(null);
            })
            .catch((e: unknown) => notifyFailure(e, 'The list could not be deleted'))
            .finally(() => setDeleting(null));
        }}
      >
        Its subscribers and editions are deleted with it.
      </ConfirmDialog>
    </Stack>
  );
}
