import { Group, Loader, Text } from '@mantine/core';
import { IconCircleCheck, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

import { formatAgo } from '@/lib/format-ago';

import type { AutosaveStatus } from './use-autosave';

/** "Saved 3 s ago" / "Saving…" / "Unsaved changes", ticking once a second. */
export function AutosaveIndicator({ status }: { status: AutosaveStatus }) {
  const [now, setNow] = useState(() => Date.now());
  const ticking = status.kind === 'saved';
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);

  let content = null;
  if (status.kind === 'saving') {
    content = (
      <>
        <Loader size={12} aria-hidden />
        Saving…
      </>
    );
  } else if (status.kind === 'unsaved') {
    content = (
      <>
        <IconPencil size={14} aria-hidden />
        Unsaved changes
      </>
    );
  } else if (status.kind === 'saved') {
    content = (
      <>
        <IconCircleCheck size={14} aria-hidden />
        Saved {formatAgo(status.at, Math.max(now, status.at))}
      </>
    );
  }
  return (
    <Text component="div" size="sm" c="dimmed" role="status" data-testid="autosave-status">
      <Group gap={4} wrap="nowrap">
        {content}
      </Group>
    </Text>
  );
}
