import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHourglassHigh } from '@tabler/icons-react';

interface ComingSoonProps {
  title: string;
  /** Says plainly which capability brings this page and what it will do. */
  description: string;
}

/** Placeholder for a page whose capability has not landed yet. */
export function ComingSoon({ title, description }: ComingSoonProps) {
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{title}</Title>
      <Paper withBorder p="lg">
        <Stack gap="sm" align="flex-start">
          <ThemeIcon variant="light" size="lg" aria-hidden>
            <IconHourglassHigh size={20} stroke={1.6} />
          </ThemeIcon>
          <Text>{description}</Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
