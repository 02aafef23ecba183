import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';

import { LengthCounter, withinLimit } from '@/components/forms/length-counter';

import type { Variant } from '../../api/types';
import { channelLimit } from './channel-limits';
import type { Draft } from './use-editor-draft';

/**
 * Per-channel variants: a channel's own title and text beside the main one, each counted
 * against that channel's limit as the person types.
 */
export function VariantsPanel({
  draft,
  channelLimits,
}: {
  draft: Draft;
  channelLimits: Record<string, number>;
}) {
  const { variants, channels } = draft.draft;
  const [adding, setAdding] = useState<string | null>(null);
  const setVariants = (next: Variant[]) => draft.set('variants', next);
  const update = (channel: string, change: Partial<Variant>) =>
    setVariants(variants.map((v) => (v.channel === channel ? { ...v, ...change } : v)));
  const free = channels.filter((c) => !variants.some((v) => v.channel === c));

  return (
    <Stack gap="sm">
      {variants.length === 0 && (
        <Text size="sm" c="dimmed">
          No variants: every channel gets the main text.
        </Text>
      )}
      {variants.map((variant) => {
        const limit = channelLimit(variant.channel, channelLimits);
        return (
          <Paper key={variant.channel} withBorder p="sm">
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600}>{variant.channel}</Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove the ${variant.channel} variant`}
                  onClick={() => setVariants(variants.filter((v) => v.channel !== variant.channel))}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
              <TextInput
                label={`${variant.channel} title`}
                placeholder="The main title"
                value={variant.title ?? ''}
                onChange={(e) => update(variant.channel, { title: e.currentTarget.value || null })}
              />
              <Textarea
                label={`${variant.channel} text`}
                autosize
                minRows={3}
                value={variant.body ?? ''}
                error={!withinLimit(variant.body ?? '', limit)}
                onChange={(e) => update(variant.channel, { body: e.currentTarget.value })}
                description={
                  <LengthCounter
                    text={variant.body ?? ''}
                    limit={limit}
                    label={`${variant.channel} text`}
                  />
                }
                inputWrapperOrder={['label', 'input', 'description', 'error']}
              />
            </Stack>
          </Paper>
        );
      })}
      {free.length > 0 && (
        <Group gap="xs" align="flex-end">
          <Select
            label="Channel"
            placeholder="Pick a channel"
            data={free}
            value={adding}
            onChange={setAdding}
            style={{ flex: 1 }}
          />
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            disabled={adding === null}
            onClick={() => {
              if (adding === null) return;
              setVariants([...variants, { channel: adding, title: null, body: '' }]);
              setAdding(null);
            }}
          >
            Add variant
          </Button>
        </Group>
      )}
    </Stack>
  );
}
