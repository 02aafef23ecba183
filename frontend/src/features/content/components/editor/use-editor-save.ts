import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';

import type { ContentTypes, ItemResponse } from '../../api/types';
import { saveBlockers } from './save-blockers';
import { useAutosave } from './use-autosave';
import type { Draft } from './use-editor-draft';
import { useSave } from './use-save';

/**
 * Everything that saves the editor's draft: the explicit save (Save, Ctrl/Cmd+S, a conflict's
 * "keep mine") with its change note and blockers, and the autosave between saves, which an
 * explicit save holds off until it is done.
 */
export function useEditorSave(item: ItemResponse, draft: Draft, types: ContentTypes) {
  const { save, saving: sending, conflict, clearConflict } = useSave(item, draft);
  const autosave = useAutosave(item.id, draft);
  const [note, setNote] = useState('');
  // From the press on, also while an autosave under way lands first: not pressed twice.
  const [holding, setHolding] = useState(false);
  const saving = sending || holding;
  const blockers = saveBlockers(draft.draft, item.type, types);
  const canSave = item.permissions.edit && draft.dirty && blockers.length === 0 && !saving;

  const saveNow = async (content = draft.draft, version = draft.baseVersion) => {
    setHolding(true);
    await autosave.hold();
    const saved = await save(content, version, note);
    autosave.release(saved);
    setHolding(false);
    if (saved) setNote('');
  };

  // In text fields and the body too: that is where people press it.
  useHotkeys(
    [
      [
        'mod+S',
        () => {
          if (canSave) void saveNow();
        },
      ],
    ],
    [],
    true,
  );

  return {
    saveNow,
    saving,
    canSave,
    blockers,
    note,
    setNote,
    conflict,
    clearConflict,
    autosave: autosave.status,
  };
}
