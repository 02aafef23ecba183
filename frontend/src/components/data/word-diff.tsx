import { Box, SimpleGrid, Stack, Text } from '@mantine/core';

export interface DiffWord {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

const insertStyle = {
  backgroundColor: 'var(--mantine-color-green-light)',
  color: 'var(--mantine-color-green-light-color)',
  textDecoration: 'none',
};
const deleteStyle = {
  backgroundColor: 'var(--mantine-color-red-light)',
  color: 'var(--mantine-color-red-light-color)',
};

function Words({ words, show }: { words: DiffWord[]; show: 'before' | 'after' | 'both' }) {
  return words.map((word, i) => {
    if (word.op === 'equal') return <span key={i}>{word.text}</span>;
    if (word.op === 'insert') {
      return show === 'before' ? null : (
        <ins key={i} style={insertStyle}>
          {word.text}
        </ins>
      );
    }
    return show === 'after' ? null : (
      <del key={i} style={deleteStyle}>
        {word.text}
      </del>
    );
  });
}

const textStyle = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** A word-level diff in one column: deletions struck through in red, insertions in green. */
export function InlineDiff({ words }: { words: DiffWord[] }) {
  return (
    <Text size="sm" style={textStyle}>
      <Words words={words} show="both" />
    </Text>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/**
 * Before and after side by side (stacked on a narrow screen). With `words` the columns mark
 * what was deleted and inserted; without, the two values are shown whole.
 */
export function SideBySideDiff({
  before,
  after,
  words,
  beforeLabel = 'Before',
  afterLabel = 'After',
}: {
  before: unknown;
  after: unknown;
  words?: DiffWord[];
  beforeLabel?: string;
  afterLabel?: string;
}) {
  const column = (label: string, side: 'before' | 'after', value: unknown) => (
    <Stack gap={4} aria-label={label} role="group">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Box
        p="xs"
        bd="1px solid var(--mantine-color-default-border)"
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      >
        <Text size="sm" style={textStyle}>
          {words ? <Words words={words} show={side} /> : show(value)}
        </Text>
      </Box>
    </Stack>
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {column(beforeLabel, 'before', before)}
      {column(afterLabel, 'after', after)}
    </SimpleGrid>
  );
}
