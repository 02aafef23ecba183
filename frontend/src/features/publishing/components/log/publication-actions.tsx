import { Button, Group } from '@mantine/core';
import { useState } from 'react';

import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useRetryPublicationMutation } from '../../api/publications-api';
import type { Publication } from '../../api/types';
import { MarkDeliveredDialog } from './mark-delivered-dialog';

/**
 * What the caller may do with a publication now, as the server lists it: retry a failed one;
 * for one that needs checking, send it again (after checking it did not arrive) or mark it
 * delivered. Never a blind resend: a post whose outcome is unknown needs the person's word.
 */
export function PublicationActions({ publication }: { publication: Publication }) {
  const [retry, retrying] = useRetryPublicationMutation();
  const [open, setOpen] = useState<'again' | 'mark' | null>(null);
  const { actions, channel } = publication;
  if (actions.length === 0) return null;

  const send = (done: string) => {
    retry(publication.id)
      .unwrap()
      .then(() => {
        notifySuccess(done);
        setOpen(null);
      })
      .catch((e: unknown) => notifyFailure(e, 'Could not queue it again'));
  };

  return (
    <Group gap="xs">
      {actions.includes('retry') && (
        <Button
          size="xs"
          loading={retrying.isLoading}
          aria-label={`Retry now: ${channel.name}`}
          onClick={() => send(`Queued again for ${channel.name}.`)}
        >
          Retry now
        </Button>
      )}
      {actions.includes('mark_delivered') && (
        <Button
          size="xs"
          variant="default"
          aria-label={`Mark delivered: ${channel.name}`}
          onClick={() => setOpen('mark')}
        >
          Mark delivered
        </Button>
      )}
      {actions.includes('send_again') && (
        <Button
          size="xs"
          variant="light"
          color="orange"
          aria-label={`Send again: ${channel.name}`}
          onClick={() => setOpen('again')}
        >
          Send again
        </Button>
      )}
      <ConfirmDialog
        opened={open === 'again'}
        title={`Send again to ${channel.name}?`}
        confirmLabel="Send again"
        loading={retrying.isLoading}
        onConfirm={() => send(`Sending again to ${channel.name}.`)}
        onCancel={() => setOpen(null)}
      >
        Only if you checked that the post is not at {channel.name}: if the earlier attempt did
        arrive, it will be there twice.
      </ConfirmDialog>
      <MarkDeliveredDialog
        publication={publication}
        opened={open === 'mark'}
        onClose={() => setOpen(null)}
      />
    </Group>
  );
}
