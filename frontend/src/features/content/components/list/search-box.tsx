import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState, type RefObject } from 'react';

/**
 * The list's search box. Typing updates the URL after a pause (Enter at once); a `q` that
 * changes from outside (back, a link) shows up in the box.
 */
export function SearchBox({
  q,
  onSearch,
  inputRef,
}: {
  q: string;
  onSearch: (q: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const [value, setValue] = useState(q);
  const [seen, setSeen] = useState(q);
  const [pushed, setPushed] = useState(q);
  if (q !== seen) {
    setSeen(q);
    if (q !== pushed) setValue(q);
  }
  const push = (text: string) => {
    setPushed(text.trim());
    onSearch(text.trim());
  };
  const pushLater = useDebouncedCallback(push, 350);

  return (
    <TextInput
      ref={inputRef}
      type="search"
      aria-label="Search content"
      placeholder="Search titles, text and tags"
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        value ? (
          <CloseButton
            size="sm"
            aria-label="Clear the search"
            onClick={() => {
              setValue('');
              push('');
            }}
          />
        ) : (
          <Kbd size="xs" aria-hidden visibleFrom="sm">
            /
          </Kbd>
        )
      }
      value={value}
      onChange={(e) => {
        setValue(e.currentTarget.value);
        pushLater(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') push(value);
        if (e.key === 'Escape') e.currentTarget.blur();
      }}
      flex={1}
      miw={200}
    />
  );
}
