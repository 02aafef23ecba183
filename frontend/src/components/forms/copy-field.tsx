import { ActionIcon, CopyButton, Group, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { FocusEvent } from 'react';

const monospace = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/**
 * A read-only value (link, token, secret) with a copy button; `multiline` shows a longer one
 * (a snippet of code) in a text area that grows up to `maxRows` and scrolls after.
 */
export function CopyField({
  label,
  value,
  testId,
  multiline = false,
  maxRows = 12,
}: {
  label: string;
  value: string;
  testId?: string;
  multiline?: boolean;
  maxRows?: number;
}) {
  const field = {
    label,
    value,
    readOnly: true,
    style: { flex: 1, minWidth: 0 },
    onFocus: (e: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      e.currentTarget.select();
    },
    styles: monospace,
    'data-testid': testId,
  };
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      {multiline ? (
        <Textarea {...field} autosize minRows={3} maxRows={maxRows} spellCheck={false} />
      ) : (
        <TextInput {...field} />
      )}
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
            <ActionIcon
              size="lg"
              variant={copied ? 'filled' : 'default'}
              color={copied ? 'teal' : undefined}
              onClick={copy}
              aria-label={copied ? `${label} copied` : `Copy ${label.toLowerCase()}`}
              mb={2}
            >
              {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
