import { Badge, Blockquote, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

import { formatDateTime } from '@/lib/format-date';
import { notifyFailure } from '@/lib/notify';

import {
  useDeleteCommentMutation,
  useEditCommentMutation,
  useResolveCommentMutation,
} from '../../api/editor-api';
import type { ReviewComment } from '../../api/types';

/** One review comment: who, when, the passage it is about; edit (own), resolve, delete. */
export function CommentCard({
  itemId,
  comment,
  mine,
}: {
  itemId: string;
  comment: ReviewComment;
  mine: boolean;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [edit, editState] = useEditCommentMutation();
  const [resolve, resolveState] = useResolveCommentMutation();
  const [remove, removeState] = useDeleteCommentMutation();
  const who = comment.author?.displayName ?? comment.externalName ?? 'Someone';
  const ids = { id: itemId, commentId: comment.id };

  const saveEdit = async () => {
    if (!editing?.trim()) return;
    const result = await edit({ ...ids, body: editing.trim() });
    if (result.error) notifyFailure(result.error, 'Could not edit the comment');
    else setEditing(null);
  };

  return (
    <Paper
      withBorder
      p="sm"
      aria-label={`Comment by ${who}`}
      role="article"
      opacity={comment.resolved ? 0.7 : 1}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {who}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(comment.createdAt)}
          </Text>
        </Group>
        {comment.verdict && (
          <Badge color={comment.verdict === 'approved' ? 'green' : 'orange'} variant="light">
            {comment.verdict === 'approved' ? 'Approved' : 'Changes requested'}
          </Badge>
        )}
        {comment.quote && (
          <Blockquote p="xs" fz="sm" cite={undefined}>
            {comment.quote}
          </Blockquote>
        )}
        {editing === null ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {comment.body}
          </Text>
        ) : (
          <Textarea
            label="Edit comment"
            autosize
            value={editing}
            onChange={(e) => setEditing(e.currentTarget.value)}
          />
        )}
        <Group gap="xs">
          {editing !== null ? (
            <>
              <Button
                size="compact-sm"
                loading={editState.isLoading}
                onClick={() => void saveEdit()}
              >
                Save comment
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => setEditing(null)}>
                Cancel
              </Button>
            </>
          ) : (
            <>
              <Button
                size="compact-sm"
                variant="light"
                loading={resolveState.isLoading}
                onClick={() => void resolve({ ...ids, resolved: !comment.resolved })}
              >
                {comment.resolved ? 'Reopen' : 'Resolve'}
              </Button>
              {mine && (
                <Button size="compact-sm" variant="subtle" onClick={() => setEditing(comment.body)}>
                  Edit
                </Button>
              )}
              {mine && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  loading={removeState.isLoading}
                  onClick={() => void remove(ids)}
                >
                  Delete
                </Button>
              )}
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
