import { Checkbox, Group, MultiSelect, Stack, TagsInput, Text } from '@mantine/core';

import {
  CONTENT_STATUSES,
  type ContentStatus,
  type Facets,
  type FacetCount,
} from '../../api/types';
import { humanise, statusLabel } from '../badges';
import type { ListState } from './list-state';

interface Option {
  value: string;
  label: string;
  count: number;
}

/** Facet values with their counts, plus any chosen value the facets no longer list (count 0). */
function options(
  facet: FacetCount[] | undefined,
  chosen: string[],
  label: (f: FacetCount) => string,
  known: readonly string[] = [],
): Option[] {
  const found = new Map(
    (facet ?? []).map((f) => [f.value, { value: f.value, label: label(f), count: f.count }]),
  );
  for (const value of [...known, ...chosen]) {
    if (!found.has(value)) found.set(value, { value, label: label({ value, count: 0 }), count: 0 });
  }
  return [...found.values()];
}

function CountedCheckboxes({
  label,
  items,
  value,
  onChange,
}: {
  label: string;
  items: Option[];
  value: string[];
  onChange: (value: string[]) => void;
}) {
  return (
    <Checkbox.Group label={label} value={value} onChange={onChange}>
      <Stack gap={6} mt={6}>
        {items.map((item) => (
          <Group key={item.value} justify="space-between" wrap="nowrap" gap="xs">
            <Checkbox
              value={item.value}
              label={item.label}
              aria-label={`${item.label} (${item.count})`}
            />
            <Text size="xs" c="dimmed" aria-hidden>
              {item.count}
            </Text>
          </Group>
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

const withCount = (o: Option) => ({ value: o.value, label: `${o.label} (${o.count})` });

/**
 * Status, type, tag, author and channel filters. Each shows the facet counts the server
 * computes under every other filter, so ticking "draft" still shows how many are in review.
 */
export function FacetFilters({
  state,
  facets,
  typeLabel,
  update,
}: {
  state: ListState;
  facets: Facets | undefined;
  typeLabel: (type: string) => string;
  update: (patch: Partial<ListState>) => void;
}) {
  const statuses = options(
    facets?.status,
    state.status,
    (f) => statusLabel(f.value),
    CONTENT_STATUSES,
  )
    // The workflow's order reads better than the counts' order.
    .sort(
      (a, b) =>
        CONTENT_STATUSES.indexOf(a.value as ContentStatus) -
        CONTENT_STATUSES.indexOf(b.value as ContentStatus),
    );
  const types = options(facets?.type, state.type, (f) => typeLabel(f.value));
  const tags = options(facets?.tag, state.tag, (f) => f.value);
  const authors = options(facets?.author, state.author, (f) => f.label ?? humanise(f.value));

  return (
    <Stack gap="md">
      <CountedCheckboxes
        label="Status"
        items={statuses}
        value={state.status}
        onChange={(status) => {
          update({ status: status as ContentStatus[] });
        }}
      />
      <CountedCheckboxes
        label="Type"
        items={types}
        value={state.type}
        onChange={(type) => {
          update({ type });
        }}
      />
      <MultiSelect
        label="Tags"
        placeholder={state.tag.length ? undefined : 'Any tag'}
        data={tags.map(withCount)}
        value={state.tag}
        onChange={(tag) => {
          update({ tag });
        }}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': 'Clear the tags' }}
        nothingFoundMessage="No such tag"
      />
      <MultiSelect
        label="Author"
        placeholder={state.author.length ? undefined : 'Anyone'}
        data={authors.map(withCount)}
        value={state.author}
        onChange={(author) => {
          update({ author });
        }}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': 'Clear the authors' }}
        nothingFoundMessage="No one matches"
      />
      <TagsInput
        label="Channels"
        description="Channel slugs, e.g. blog or bluesky"
        placeholder={state.channel.length ? undefined : 'Any channel'}
        value={state.channel}
        onChange={(channel) => {
          update({ channel });
        }}
        clearable
      />
    </Stack>
  );
}
