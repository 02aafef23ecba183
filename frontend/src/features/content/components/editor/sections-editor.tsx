import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';

import type { Section } from '../../api/types';

/** A video script's sections: a heading and a text each, in order. */
export function SectionsEditor({
  sections,
  onChange,
}: {
  sections: Section[];
  onChange: (sections: Section[]) => void;
}) {
  const update = (index: number, change: Partial<Section>) =>
    onChange(sections.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const move = (index: number, by: number) => {
    const next = [...sections];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next);
  };
  return (
    <Stack gap="xs">
      <Text fw={600}>Sections</Text>
      {sections.map((section, i) => {
        const name = section.heading || `Section ${i + 1}`;
        return (
          <Paper key={i} withBorder p="sm">
            <Stack gap="xs">
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  label="Heading"
                  style={{ flex: 1 }}
                  value={section.heading}
                  onChange={(e) => update(i, { heading: e.currentTarget.value })}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={`Move ${name} up`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={`Move ${name} down`}
                  disabled={i === sections.length - 1}
                  onClick={() => move(i, 1)}
                >
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  color="red"
                  size="lg"
                  aria-label={`Remove ${name}`}
                  onClick={() => onChange(sections.filter((_, j) => j !== i))}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
              <Textarea
                label="Script"
                autosize
                minRows={3}
                value={section.body}
                onChange={(e) => update(i, { body: e.currentTarget.value })}
              />
            </Stack>
          </Paper>
        );
      })}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => onChange([...sections, { heading: '', body: '' }])}
        style={{ alignSelf: 'flex-start' }}
      >
        Add section
      </Button>
    </Stack>
  );
}
