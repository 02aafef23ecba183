import {
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';

import { QueryStates } from '@/components/feedback/data-states';
import { ShownOnceValue } from '@/components/secret/shown-once-value';
import { formatDateTime } from '@/lib/format-date';
import { notifyFailure } from '@/lib/notify';

import {
  useCreateShareLinkMutation,
  useGetShareLinksQuery,
  useRevokeShareLinkMutation,
} from '../../api/editor-api';
import type { CreatedShareLink, ShareLink } from '../../api/types';

function linkState(link: ShareLink) {
  if (link.revokedAt) return <Badge color="gray">Revoked</Badge>;
  if (Date.parse(link.expiresAt) < Date.now()) return <Badge color="gray">Expired</Badge>;
  if (link.lastVerdict === 'approved') return <Badge color="green">Approved</Badge>;
  if (link.lastVerdict === 'changes-requested') return <Badge color="orange">Changes asked</Badge>;
  return <Badge color="blue">Active</Badge>;
}

/** External review: signed, expiring links for someone without an account; create, copy, revoke. */
export function ShareDialog({
  itemId,
  opened,
  onClose,
}: {
  itemId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const query = useGetShareLinksQuery(itemId, { skip: !opened });
  const [create, createState] = useCreateShareLinkMutation();
  const [revoke] = useRevokeShareLinkMutation();
  const [label, setLabel] = useState('');
  const [hours, setHours] = useState<number>(168);
  const [created, setCreated] = useState<CreatedShareLink | null>(null);
  const links = query.data?.items ?? [];

  const submit = async () => {
    const result = await create({
      id: itemId,
      expiresInHours: hours,
      ...(label.trim() ? { label: label.trim() } : {}),
    });
    if (result.data) {
      setCreated(result.data);
      setLabel('');
    } else notifyFailure(result.error, 'Could not create the link');
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Share for review" size="lg">
      <Stack gap="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label="Label"
              placeholder="Client, sponsor…"
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 160 }}
            />
            <NumberInput
              label="Expires in (hours)"
              min={1}
              max={720}
              w={150}
              value={hours}
              onChange={(v) => setHours(typeof v === 'number' ? v : 168)}
            />
            <Button type="submit" loading={createState.isLoading}>
              Create link
            </Button>
          </Group>
        </form>
        {created && (
          <ShownOnceValue
            title="Copy the link now: it is shown only once"
            fields={[{ label: 'Review link', value: created.url }]}
          >
            Anyone with it can read and comment until {formatDateTime(created.expiresAt)}.
          </ShownOnceValue>
        )}
        <QueryStates
          query={query}
          loadingLabel="Loading share links"
          empty={links.length === 0 ? 'No links yet.' : undefined}
        >
          <Table.ScrollContainer minWidth={420}>
            <Table aria-label="Share links">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Label</Table.Th>
                  <Table.Th>Expires</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {links.map((link) => (
                  <Table.Tr key={link.id}>
                    <Table.Td>{link.label ?? '—'}</Table.Td>
                    <Table.Td>{formatDateTime(link.expiresAt)}</Table.Td>
                    <Table.Td>{linkState(link)}</Table.Td>
                    <Table.Td>
                      {!link.revokedAt && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={`Revoke ${link.label ?? 'link'}`}
                          onClick={() => void revoke({ id: itemId, linkId: link.id })}
                        >
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </QueryStates>
      </Stack>
    </Modal>
  );
}
