import { useEffect, useRef, useState } from 'react';

import { useSaveWorkingCopyMutation } from '../../api/editor-api';
import type { Draft } from './use-editor-draft';

/** How often the working copy is written while there are unsaved edits. */
export const AUTOSAVE_INTERVAL_MS = 2000;

export type AutosaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'unsaved' } | { kind: 'saved'; at: number };

/**
 * Writes the draft to the caller's working copy every few seconds while it is dirty (not on
 * every keystroke, and never as a version). `markSaved` records an explicit save.
 */
export function useAutosave(itemId: string, draft: Draft) {
  const [saveWorkingCopy] = useSaveWorkingCopyMutation();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<{ at: number; serialized: string } | null>(null);
  const latest = useRef(draft);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    latest.current = draft;
  });

  const needsSave = draft.dirty && saved?.serialized !== draft.serialized;

  useEffect(() => {
    if (!needsSave || saving || pending.current !== null) return;
    // A timer that is not restarted by each keystroke: someone typing for a minute still has
    // their text written every interval.
    pending.current = setTimeout(() => {
      const { draft: content, baseVersion, serialized } = latest.current;
      setSaving(true);
      void saveWorkingCopy({ id: itemId, baseVersion, content })
        .unwrap()
        .then(() => setSaved({ at: Date.now(), serialized }))
        // A failed autosave is retried with the next change; the indicator keeps "Unsaved".
        .catch(() => undefined)
        .finally(() => {
          pending.current = null;
          setSaving(false);
        });
    }, AUTOSAVE_INTERVAL_MS);
  }, [needsSave, saving, draft.serialized, itemId, saveWorkingCopy]);

  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
    },
    [],
  );

  const status: AutosaveStatus = saving
    ? { kind: 'saving' }
    : needsSave
      ? { kind: 'unsaved' }
      : saved
        ? { kind: 'saved', at: saved.at }
        : { kind: 'idle' };

  return {
    status,
    markSaved: () => setSaved({ at: Date.now(), serialized: '' }),
  };
}
