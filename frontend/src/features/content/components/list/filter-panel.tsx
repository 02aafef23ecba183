import { Button, Divider, Stack } from '@mantine/core';

import type { Facets } from '../../api/types';
import { DateFilters } from './date-filters';
import { FacetFilters } from './facet-filters';
import { activeFilterCount, type ListState } from './list-state';

/** Every filter of the list; the sidebar on wide screens, a drawer on narrow ones. */
export function FilterPanel({
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
  const active = activeFilterCount(state);
  return (
    <Stack gap="md" component="section" aria-label="Filters">
      <FacetFilters state={state} facets={facets} typeLabel={typeLabel} update={update} />
      <Divider label="Dates" labelPosition="left" />
      <DateFilters state={state} update={update} />
      {active > 0 && (
        <Button
          variant="subtle"
          size="xs"
          onClick={() => {
            update({ status: [], type: [], tag: [], author: [], channel: [], dates: {} });
          }}
        >
          Clear {active} {active === 1 ? 'filter' : 'filters'}
        </Button>
      )}
    </Stack>
  );
}
