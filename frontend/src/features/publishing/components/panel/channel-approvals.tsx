import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';

import { formatDateTime } from '@/lib/format-date';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useGetChannelsQuery, useGetPublishingCallerQuery } from '../../api/channels-api';
import {
  useApproveForChannelMutation,
  useWithdrawApprovalMutation,
} from '../../api/publications-api';
import type { Channel, ChannelApproval } from '../../api/types';

interface ChannelApprovalsProps {
  itemId: string;
  /** The slugs of the channels the item targets. */
  targets: string[];
  approvals: ChannelApproval[];
}

function ApprovalRow({
  itemId,
  channel,
  approval,
  canReview,
}: {
  itemId: string;
  channel: Channel;
  approval: ChannelApproval | undefined;
  canReview: boolean;
}) {
  const [approve, approving] = useApproveForChannelMutation();
  const [withdraw, withdrawing] = useWithdrawApprovalMutation();
  const args = { itemId, channel: channel.slug };
  return (
    <Stack gap={4} role="listitem" aria-label={`Approval for ${channel.name}`}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={500} style={{ wordBreak: 'break-word' }}>
          {channel.name}
        </Text>
        <Badge color={approval ? 'green' : 'orange'} variant="light">
          {approval ? 'Approved' : 'Not approved'}
        </Badge>
      </Group>
      <Text size="sm">
        {approval ? (
          <>
            Approved by {approval.approvedBy.displayName}{' '}
            <time dateTime={approval.approvedAt}>{formatDateTime(approval.approvedAt)}</time>.
          </>
        ) : (
          'It cannot be scheduled or published to this channel until someone approves it.'
        )}
      </Text>
      {canReview && (
        <Group gap="xs">
          {approval ? (
            <Button
              size="xs"
              variant="default"
              loading={withdrawing.isLoading}
              onClick={() => {
                withdraw(args)
                  .unwrap()
                  .then(() => notifySuccess(`Approval for ${channel.name} withdrawn.`))
                  .catch((e: unknown) => notifyFailure(e, 'The approval could not be withdrawn'));
              }}
            >
              Withdraw approval
            </Button>
          ) : (
            <Button
              size="xs"
              leftSection={<IconCheck size={14} aria-hidden />}
              loading={approving.isLoading}
              onClick={() => {
                approve(args)
                  .unwrap()
                  .then(() => notifySuccess(`Approved for ${channel.name}.`))
                  .catch((e: unknown) => notifyFailure(e, 'The approval did not go through'));
              }}
            >
              Approve for {channel.name}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

/**
 * For each target channel that requires approval: whether the item is approved for it, by whom,
 * and (for reviewers) the action to approve or withdraw. Nothing when no target requires one.
 */
export function ChannelApprovals({ itemId, targets, approvals }: ChannelApprovalsProps) {
  const channels = useGetChannelsQuery();
  const { data: me } = useGetPublishingCallerQuery();
  const canReview = me?.permissions.includes('content:review') ?? false;
  const gated = (channels.data?.items ?? []).filter(
    (c) => c.requiresApproval && targets.includes(c.slug),
  );
  if (gated.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Approvals
      </Title>
      <Stack gap="sm" role="list" aria-label="Approvals">
        {gated.map((c) => (
          <ApprovalRow
            key={c.id}
            itemId={itemId}
            channel={c}
            approval={approvals.find((a) => a.channel === c.slug)}
            canReview={canReview}
          />
        ))}
      </Stack>
    </Stack>
  );
}
