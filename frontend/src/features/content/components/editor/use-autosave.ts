import { useCallback, useEffect, useRef, useState } from 'react';

import { useSaveWorkingCopyMutation } from '../../api/editor-api';
import type { Draft } from './use-editor-draft';

/** How often the working copy is written while there are unsaved edits. */
export const AUTOSAVE_INTERVAL_MS = 2000;

export type AutosaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'unsaved' } | { kind: 'saved'; at: number };

/**
 * Writes the draft to the caller's working copy every few seconds while it is dirty (not on
 * every keystroke, and never as a version).
 *
 * An explicit save clears the working copy on the server, so no autosave may land after it:
 * `hold` stops the one waiting and resolves once the one under way has landed, and `release`
 * lets autosaves go on (after a failed save too, so the edits are still kept).
 */
export function useAutosave(itemId: string, draft: Draft) {
  const [saveWorkingCopy] = useSaveWorkingCopyMutation();
  const [saving, setSaving] = useState(false);
  const [held, setHeld] = useState(false);
  const [saved, setSaved] = useState<{ at: number; serialized: string } | null>(null);
  const latest = useRef(draft);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const underWay = useRef<Promise<void> | null>(null);

  useEffect(() => {
    latest.current = draft;
  });

  const needsSave = draft.dirty && saved?.serialized !== draft.serialized;

  useEffect(() => {
    if (!needsSave || saving || held || pending.current !== null) return;
    // A timer that is not restarted by each keystroke: someone typing for a minute still has
    // their text written every interval.
    pending.current = setTimeout(() => {
      const { draft: content, baseVersion, serialized, dirty } = latest.current;
      if (!dirty) {
        pending.current = null;
        return;
      }
      setSaving(true);
      underWay.current = saveWorkingCopy({ id: itemId, baseVersion, content })
        .unwrap()
        .then(() => setSaved({ at: Date.now(), serialized }))
        // A failed autosave is retried with the next change; the indicator keeps "Unsaved".
        .catch(() => undefined)
        .finally(() => {
          pending.current = null;
          underWay.current = null;
          setSaving(false);
        });
    }, AUTOSAVE_INTERVAL_MS);
  }, [needsSave, saving, held, draft.serialized, itemId, saveWorkingCopy]);

  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
    },
    [],
  );

  const hold = useCallback(async () => {
    setHeld(true);
    if (pending.current !== null && underWay.current === null) {
      clearTimeout(pending.current);
      pending.current = null;
    }
    await underWay.current;
  }, []);

  const release = useCallback((savedAsVersion: boolean) => {
    if (savedAsVersion) setSaved({ at: Date.now(), serialized: '' });
    setHeld(false);
  }, []);

  const status: AutosaveStatus = saving
    ? { kind: 'saving' }
    : needsSave
      ? { kind: 'unsaved' }
      : saved
        ? { kind: 'saved', at: saved.at }
        : { kind: 'idle' };

  return { status, hold, release };
}
