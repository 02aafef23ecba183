import { Center, Container, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useParams } from 'react-router';

import { ErrorState } from '@/components/feedback/data-states';
import { formatDateTime } from '@/lib/format-date';

import { useGetPublicReviewQuery } from '../api/review-api';
import { TypeBadge } from '../components/badges';
import { ReviewComments } from '../components/review/review-comments';
import { ReviewDocument } from '../components/review/review-document';
import { ReviewForm } from '../components/review/review-form';

function isGone(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && error.status === 404;
}

/**
 * `/review/:token`: the page behind an external review link, for someone without an account
 * (a client, a sponsor): the item as its channels show it, the comments, and their verdict.
 */
export function ReviewRoute() {
  const { token = '' } = useParams();
  const review = useGetPublicReviewQuery(token);

  if (review.isLoading) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Loading the review" />
      </Center>
    );
  }
  if (review.error || !review.data) {
    return (
      <Center mih="100vh" p="md" component="main">
        {isGone(review.error) ? (
          <Paper withBorder p="xl" maw={480}>
            <Stack gap="sm" align="center" ta="center">
              <IconLinkOff size={40} aria-hidden />
              <Title order={1} size="h3">
                This review link no longer works
              </Title>
              <Text c="dimmed">
                It has expired or was revoked. Ask the person who sent it to you for a new link.
              </Text>
            </Stack>
          </Paper>
        ) : (
          <ErrorState
            error={review.error}
            onRetry={() => void review.refetch()}
            retrying={review.isFetching}
          />
        )}
      </Center>
    );
  }

  const { data } = review;
  return (
    <Container size="md" py="xl" component="main">
      <Stack gap="lg">
        <div>
          <Group gap="xs" mb={4}>
            <TypeBadge type={data.type} />
            <Text size="xs" c="dimmed">
              Review link valid until {formatDateTime(data.expiresAt)}
            </Text>
          </Group>
          <Title order={1}>{data.title}</Title>
        </div>
        <ReviewDocument review={data} />
        <ReviewComments comments={data.comments} />
        <ReviewForm token={token} />
      </Stack>
    </Container>
  );
}
