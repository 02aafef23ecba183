import { Alert, Grid, List, Stack } from '@mantine/core';
import { useState } from 'react';
import { useDispatch } from 'react-redux';

// eslint-disable-next-line boundaries/dependencies -- publishing's panel is hosted by the editor
import { PublicationPanel } from '@/features/publishing/components/panel/publication-panel';

import { editorApi } from '../../api/editor-api';
import type { ItemResponse, ContentTypes } from '../../api/types';
import { ConflictDialog } from './conflict-dialog';
import { EditorHeader } from './editor-header';
import { EditorSideTabs } from './editor-side-tabs';
import { EditorWriteColumn } from './editor-write-column';
import { HistoryDrawer } from './history-drawer';
import { ShareDialog } from './share-dialog';
import { useEditorDraft } from './use-editor-draft';
import { useEditorSave } from './use-editor-save';
import { WorkflowButtons } from './workflow-buttons';
import { WorkingCopyBanner } from './working-copy-banner';

interface ContentEditorProps {
  item: ItemResponse;
  types: ContentTypes;
  userId: string | undefined;
}

/**
 * The editor of one item: the text on the left, details, variants and comments beside it
 * (below it on a phone), saved explicitly as versions and autosaved as a working copy between.
 */
export function ContentEditor({ item, types, userId }: ContentEditorProps) {
  const dispatch = useDispatch();
  const draft = useEditorDraft(item);
  const saver = useEditorSave(item, draft, types);
  const { saveNow, blockers, conflict, clearConflict } = saver;
  const [quote, setQuote] = useState('');
  const [open, setOpen] = useState<'history' | 'share' | null>(null);
  const type = types.items.find((t) => t.type === item.type);

  return (
    <Stack gap="md">
      <EditorHeader
        item={item}
        typeLabel={type?.label ?? item.type}
        autosave={saver.autosave}
        note={saver.note}
        onNote={saver.setNote}
        canSave={saver.canSave}
        saving={saver.saving}
        saveHint={draft.dirty ? blockers[0] : undefined}
        onSave={() => void saveNow()}
        onHistory={() => setOpen('history')}
        onShare={() => setOpen('share')}
        workflow={
          <WorkflowButtons
            item={item}
            baseVersion={draft.baseVersion}
            dirty={draft.dirty}
            onDone={(next) => draft.rebase(next.version)}
          />
        }
      />
      <WorkingCopyBanner
        itemId={item.id}
        saved={draft.base}
        onRestore={(copy) => draft.adopt(copy.content, copy.baseVersion)}
      />
      {draft.dirty && blockers.length > 0 && (
        <Alert color="red" variant="light" title="Not saved yet">
          <List size="sm">
            {blockers.map((b) => (
              <List.Item key={b}>{b}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <EditorWriteColumn draft={draft} type={type} onQuote={setQuote} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <EditorSideTabs
            itemId={item.id}
            draft={draft}
            type={type}
            channelLimits={types.channelLimits}
            userId={userId}
            quote={quote}
            onClearQuote={() => setQuote('')}
          />
        </Grid.Col>
      </Grid>
      <PublicationPanel itemId={item.id} targets={item.channels} />
      <HistoryDrawer
        item={item}
        baseVersion={draft.baseVersion}
        opened={open === 'history'}
        onClose={() => setOpen(null)}
        onRestored={(restored) => {
          draft.reset(restored);
          setOpen(null);
        }}
      />
      <ShareDialog itemId={item.id} opened={open === 'share'} onClose={() => setOpen(null)} />
      {conflict && (
        <ConflictDialog
          theirs={conflict}
          mine={draft.draft}
          saving={saver.saving}
          onClose={clearConflict}
          onKeepTheirs={() => {
            draft.reset(conflict);
            clearConflict();
            dispatch(editorApi.util.invalidateTags([{ type: 'Content', id: item.id }]));
          }}
          onSave={(content) => void saveNow(content, conflict.version)}
        />
      )}
    </Stack>
  );
}
