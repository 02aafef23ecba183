import { useState } from 'react';

import type { Selection } from './content-table';

/** Selected ids; cleared whenever `scope` (the list's query) changes, as the rows do. */
export function useSelection(
  scope: string,
): Selection & { ids: string[]; replace: (ids: string[]) => void } {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [seenScope, setSeenScope] = useState(scope);
  if (scope !== seenScope) {
    setSeenScope(scope);
    setSelected(new Set());
  }
  return {
    selected,
    ids: [...selected],
    toggle: (id) => {
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      });
    },
    setAll: (ids, on) => {
      setSelected((current) => {
        const next = new Set(current);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      });
    },
    replace: (ids) => {
      setSelected(new Set(ids));
    },
  };
}
