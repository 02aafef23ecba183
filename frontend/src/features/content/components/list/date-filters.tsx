import { Group, Stack, Text, TextInput } from '@mantine/core';

import type { DateKey, ListState } from './list-state';

const RANGES = [
  { label: 'Created', from: 'createdFrom', to: 'createdTo' },
  { label: 'Updated', from: 'updatedFrom', to: 'updatedTo' },
  { label: 'Published', from: 'publishedFrom', to: 'publishedTo' },
] as const;

/** From/to calendar days for the created, updated and published dates. */
export function DateFilters({
  state,
  update,
}: {
  state: ListState;
  update: (patch: Partial<ListState>) => void;
}) {
  const set = (key: DateKey, day: string) => {
    const dates = Object.fromEntries(
      Object.entries({ ...state.dates, [key]: day }).filter(([, value]) => value),
    );
    update({ dates });
  };
  return (
    <Stack gap="sm">
      {RANGES.map((range) => (
        <div key={range.label}>
          <Text size="sm" fw={500}>
            {range.label}
          </Text>
          <Group gap="xs" grow wrap="nowrap">
            {(['from', 'to'] as const).map((end) => (
              <TextInput
                key={end}
                type="date"
                size="xs"
                label={end === 'from' ? 'From' : 'To'}
                aria-label={`${range.label} ${end}`}
                value={state.dates[range[end]] ?? ''}
                onChange={(e) => {
                  set(range[end], e.currentTarget.value);
                }}
              />
            ))}
          </Group>
        </div>
      ))}
    </Stack>
  );
}
