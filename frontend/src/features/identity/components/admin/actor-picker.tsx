import { Select, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import { useGetUsersInfiniteQuery } from '../../api/admin-api';
import type { User } from '../../api/types';

function label(user: User): string {
  return user.displayName ? `${user.displayName} (${user.email})` : user.email;
}

/**
 * Picks a person by name or e-mail; the users API does the searching (the list can be long),
 * so the picker shows what the server found rather than filtering on its own.
 */
export function ActorPicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (userId: string) => void;
}) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<ComboboxItem | null>(null);
  // Once someone is picked the box shows their label: that is not a new search.
  const [q] = useDebouncedValue(search === picked?.label ? '' : search.trim(), 250);
  const { data, isFetching } = useGetUsersInfiniteQuery(q);
  const options: ComboboxItem[] = (data?.pages[0]?.items ?? []).map((u) => ({
    value: u.id,
    label: label(u),
  }));
  if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);

  return (
    <Select
      label="Actor"
      placeholder="Anyone"
      searchable
      clearable
      clearButtonProps={{ 'aria-label': 'Clear the actor' }}
      data={options}
      value={value || null}
      onChange={(id, option) => {
        setPicked(id ? option : null);
        onChange(id ?? '');
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: found }) => found}
      nothingFoundMessage={isFetching ? 'Searching…' : 'No one matches'}
      miw={240}
    />
  );
}
