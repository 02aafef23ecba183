import { Badge, Blockquote, Group, Paper, Stack, Text, Title } from '@mantine/core';

import { formatDateTime } from '@/lib/format-date';

import type { ReviewComment } from '../../api/types';

function VerdictBadge({ verdict }: { verdict: ReviewComment['verdict'] }) {
  if (!verdict) return null;
  return verdict === 'approved' ? (
    <Badge color="green" variant="light">
      Approved
    </Badge>
  ) : (
    <Badge color="orange" variant="light">
      Changes requested
    </Badge>
  );
}

/** The comments on the item so far, from the team and from external reviewers. */
export function ReviewComments({ comments }: { comments: ReviewComment[] }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="review-comments">
      <Title order={2} size="h4" id="review-comments">
        Comments ({comments.length})
      </Title>
      {comments.length === 0 && (
        <Text size="sm" c="dimmed">
          No comments yet.
        </Text>
      )}
      {comments.map((c) => (
        <Paper key={c.id} withBorder p="sm" component="article">
          <Group justify="space-between" gap="xs" mb={4}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {c.author?.displayName ?? c.externalName ?? 'Someone'}
              </Text>
              {c.author === null && (
                <Text size="xs" c="dimmed">
                  reviewer
                </Text>
              )}
              <VerdictBadge verdict={c.verdict} />
            </Group>
            <Text size="xs" c="dimmed">
              {formatDateTime(c.createdAt)}
            </Text>
          </Group>
          {c.quote && (
            <Blockquote p="xs" mb={4} fz="sm">
              {c.quote}
            </Blockquote>
          )}
          {c.body && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.body}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
