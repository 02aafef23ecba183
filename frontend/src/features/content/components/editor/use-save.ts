import { useCallback, useState } from 'react';
import { useDispatch } from 'react-redux';

import { notifyFailure, notifySuccess } from '@/lib/notify';

import { editorApi, useUpdateItemMutation } from '../../api/editor-api';
import type { ItemResponse } from '../../api/types';
import type { Draft, DraftContent } from './use-editor-draft';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The stored item a 412 problem carries as `current`, if the error is one. */
export function conflictOf(error: unknown): ItemResponse | null {
  if (!isRecord(error) || error.status !== 412 || !isRecord(error.data)) return null;
  const current = error.data.current;
  return isRecord(current) && typeof current.version === 'number'
    ? (current as unknown as ItemResponse)
    : null;
}

/**
 * An explicit save: `PUT` with `If-Match` of the draft's base version and the change note.
 * A 412 opens the conflict with the stored item instead of a failure notice.
 */
export function useSave(item: ItemResponse, draft: Draft) {
  const dispatch = useDispatch();
  const [update, { isLoading }] = useUpdateItemMutation();
  const [conflict, setConflict] = useState<ItemResponse | null>(null);

  const save = useCallback(
    async (content: DraftContent, version: number, note?: string) => {
      const result = await update({
        id: item.id,
        version,
        body: {
          ...content,
          coAuthorIds: item.coAuthors.map((a) => a.id),
          ...(note?.trim() ? { note: note.trim() } : {}),
        },
      });
      if (result.data) {
        setConflict(null);
        draft.reset(result.data);
        // The server dropped the working copy with the save: forget it now rather than show the
        // old one until the refetch the save's tag starts has answered.
        dispatch(
          editorApi.util.upsertQueryEntries([
            { endpointName: 'getWorkingCopy', arg: item.id, value: null },
          ]),
        );
        notifySuccess(`Saved as version ${result.data.currentVersion}.`, 'Saved');
        return true;
      }
      const current = conflictOf(result.error);
      if (current) setConflict(current);
      else notifyFailure(result.error, 'Could not save');
      return false;
    },
    [update, item.id, item.coAuthors, draft, dispatch],
  );

  return { save, saving: isLoading, conflict, clearConflict: () => setConflict(null) };
}
