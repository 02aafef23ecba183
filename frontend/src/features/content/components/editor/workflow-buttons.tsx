import { Button, Group, Modal, Stack, Textarea, TextInput, Tooltip } from '@mantine/core';
import { useState } from 'react';

import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useTransitionMutation } from '../../api/editor-api';
import type { ItemResponse, WorkflowAction } from '../../api/types';

const LABELS: Record<WorkflowAction, string> = {
  start: 'Start draft',
  submit: 'Submit for review',
  approve: 'Approve',
  reject: 'Reject',
  schedule: 'Schedule',
  unschedule: 'Unschedule',
  publish: 'Publish',
  unpublish: 'Unpublish',
  archive: 'Archive',
  unarchive: 'Unarchive',
};

/** The step forward is filled; the others stay quiet. */
const PRIMARY = new Set<WorkflowAction>(['submit', 'approve', 'publish', 'start']);

interface WorkflowButtonsProps {
  item: ItemResponse;
  baseVersion: number;
  /** Unsaved edits: a transition records the stored content, so save first. */
  dirty: boolean;
  onDone: (item: ItemResponse) => void;
}

/** A button per action the caller may take now (`allowedActions`); reject and schedule ask first. */
export function WorkflowButtons({ item, baseVersion, dirty, onDone }: WorkflowButtonsProps) {
  const [transition, { isLoading }] = useTransitionMutation();
  const [asking, setAsking] = useState<'reject' | 'schedule' | null>(null);
  const [reason, setReason] = useState('');
  const [at, setAt] = useState('');

  const run = async (action: WorkflowAction, extra: { comment?: string; at?: string } = {}) => {
    const result = await transition({ id: item.id, version: baseVersion, action, ...extra });
    if (result.data) {
      setAsking(null);
      onDone(result.data);
      notifySuccess(`${LABELS[action]}: now ${result.data.status.replace('-', ' ')}.`);
    } else {
      notifyFailure(result.error, `Could not ${LABELS[action].toLowerCase()}`);
    }
  };

  const click = (action: WorkflowAction) => {
    if (action === 'reject' || action === 'schedule') {
      setReason('');
      setAt('');
      setAsking(action);
    } else void run(action);
  };

  return (
    <>
      <Group gap="xs" role="group" aria-label="Workflow">
        {item.allowedActions.map((action) => (
          <Tooltip key={action} label="Save your changes first" disabled={!dirty}>
            <Button
              size="sm"
              variant={PRIMARY.has(action) ? 'filled' : 'default'}
              color={action === 'reject' ? 'red' : undefined}
              disabled={dirty}
              loading={isLoading && asking === null}
              onClick={() => click(action)}
            >
              {LABELS[action]}
            </Button>
          </Tooltip>
        ))}
      </Group>
      <Modal opened={asking === 'reject'} onClose={() => setAsking(null)} title="Reject">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) void run('reject', { comment: reason.trim() });
          }}
        >
          <Stack gap="sm">
            <Textarea
              label="Reason"
              description="The author sees this with the draft."
              required
              autosize
              minRows={3}
              data-autofocus
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                Cancel
              </Button>
              <Button type="submit" color="red" disabled={!reason.trim()} loading={isLoading}>
                Reject
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <Modal opened={asking === 'schedule'} onClose={() => setAsking(null)} title="Schedule">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (at) void run('schedule', { at: new Date(at).toISOString() });
          }}
        >
          <Stack gap="sm">
            <TextInput
              type="datetime-local"
              label="Publish at"
              description="Your local time."
              required
              data-autofocus
              value={at}
              onChange={(e) => setAt(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                Cancel
              </Button>
              <Button type="submit" disabled={!at} loading={isLoading}>
                Schedule
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
