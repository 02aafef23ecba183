import { ActionIcon, Button, Group, Paper, Stack, Switch, Text, Textarea } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';

import { QueryStates } from '@/components/feedback/data-states';
import { notifyFailure } from '@/lib/notify';

import { useAddCommentMutation, useGetCommentsQuery } from '../../api/editor-api';
import { CommentCard } from './comment-card';

/**
 * Review comments beside the text. A comment takes the passage selected in the body as its
 * quote, so a reviewer can point at the sentence they mean.
 */
export function CommentsPanel({
  itemId,
  userId,
  quote,
  onClearQuote,
}: {
  itemId: string;
  userId: string | undefined;
  quote: string;
  onClearQuote: () => void;
}) {
  const query = useGetCommentsQuery(itemId);
  const [add, { isLoading }] = useAddCommentMutation();
  const [body, setBody] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  const comments = query.data?.items ?? [];
  const shown = comments.filter((c) => showResolved || !c.resolved);
  const resolvedCount = comments.length - comments.filter((c) => !c.resolved).length;

  const submit = async () => {
    if (!body.trim()) return;
    const result = await add({ id: itemId, body: body.trim(), ...(quote ? { quote } : {}) });
    if (result.error) {
      notifyFailure(result.error, 'Could not add the comment');
      return;
    }
    setBody('');
    onClearQuote();
  };

  return (
    <Stack gap="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="xs">
          {quote && (
            <Paper withBorder p="xs" bg="var(--mantine-color-default-hover)">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fs="italic" lineClamp={3}>
                  On: “{quote}”
                </Text>
                <ActionIcon
                  variant="subtle"
                  aria-label="Comment on the whole text instead"
                  onClick={onClearQuote}
                >
                  <IconX size={14} aria-hidden />
                </ActionIcon>
              </Group>
            </Paper>
          )}
          <Textarea
            label="Add a comment"
            description={quote ? undefined : 'Select text in the body to comment on it.'}
            autosize
            minRows={2}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          <Button type="submit" size="sm" loading={isLoading} disabled={!body.trim()}>
            Comment
          </Button>
        </Stack>
      </form>
      {resolvedCount > 0 && (
        <Switch
          label={`Show resolved (${resolvedCount})`}
          checked={showResolved}
          onChange={(e) => setShowResolved(e.currentTarget.checked)}
        />
      )}
      <QueryStates
        query={query}
        loadingLabel="Loading comments"
        empty={shown.length === 0 ? 'No open comments.' : undefined}
      >
        <Stack gap="xs" aria-label="Comments" role="list">
          {shown.map((comment) => (
            <div role="listitem" key={comment.id}>
              <CommentCard itemId={itemId} comment={comment} mine={comment.author?.id === userId} />
            </div>
          ))}
        </Stack>
      </QueryStates>
    </Stack>
  );
}
