import { useHotkeys } from '@mantine/hooks';
import { useCallback, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/** A dialog or drawer is open: its keys are its own. */
function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"]') !== null;
}

/**
 * Keyboard navigation of a list of rows (as in Gmail or GitHub): j/k or the arrow keys move
 * the focused row, Enter opens it, x toggles its selection, / jumps to the search box.
 * j, k, x and / work anywhere on the page outside a text field; the arrows and Enter while a
 * row has focus, so they never steal the page's own scrolling.
 */
export function useListKeyboard({
  count,
  onOpen,
  onToggle,
  searchRef,
}: {
  count: number;
  onOpen: (index: number) => void;
  onToggle: (index: number) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const [focused, setFocused] = useState(-1);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const current = Math.min(focused, count - 1);

  const move = useCallback(
    (by: number) => {
      if (count === 0) return;
      const next = current < 0 ? 0 : Math.max(0, Math.min(count - 1, current + by));
      setFocused(next);
      rows.current[next]?.focus();
    },
    [count, current],
  );
  useHotkeys([
    [
      'j',
      () => {
        if (!dialogOpen()) move(1);
      },
    ],
    [
      'k',
      () => {
        if (!dialogOpen()) move(-1);
      },
    ],
    [
      'x',
      () => {
        if (!dialogOpen() && current >= 0) onToggle(current);
      },
    ],
    [
      '/',
      () => {
        if (!dialogOpen()) searchRef.current?.focus();
      },
    ],
  ]);

  const rowProps = (index: number) => ({
    ref: (el: HTMLTableRowElement | null) => {
      rows.current[index] = el;
    },
    // Roving focus: Tab enters the list at the focused row, not at every row in turn.
    tabIndex: index === Math.max(current, 0) ? 0 : -1,
    onFocus: () => setFocused(index),
    onKeyDown: (e: KeyboardEvent<HTMLTableRowElement>) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        move(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.target === e.currentTarget && e.key === 'Enter') {
        e.preventDefault();
        onOpen(index);
      } else if (e.target === e.currentTarget && e.key === ' ') {
        e.preventDefault();
        onToggle(index);
      }
    },
  });
  return { focused: current, rowProps };
}
