import { Alert, Grid, List, Paper, Stack, Tabs } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { useDispatch } from 'react-redux';

import { editorApi } from '../../api/editor-api';
import type { ItemResponse, ContentTypes } from '../../api/types';
import { BodyEditor } from './body-editor';
import { CommentsPanel } from './comments-panel';
import { ConflictDialog } from './conflict-dialog';
import { DetailsPanel } from './details-panel';
import { EditorHeader } from './editor-header';
import { FieldsPanel } from './fields-panel';
import { HistoryDrawer } from './history-drawer';
import { PreviewPanel } from './preview-panel';
import { saveBlockers } from './save-blockers';
import { SectionsEditor } from './sections-editor';
import { ShareDialog } from './share-dialog';
import { useAutosave } from './use-autosave';
import { useEditorDraft } from './use-editor-draft';
import { useSave } from './use-save';
import { VariantsPanel } from './variants-panel';
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
  const { save, saving, conflict, clearConflict } = useSave(item, draft);
  const autosave = useAutosave(item.id, draft);
  const [note, setNote] = useState('');
  const [quote, setQuote] = useState('');
  const [open, setOpen] = useState<'history' | 'share' | null>(null);
  const [tab, setTab] = useState<string | null>('write');
  const type = types.items.find((t) => t.type === item.type);
  const blockers = saveBlockers(draft.draft, item.type, types);
  const canSave = item.permissions.edit && draft.dirty && blockers.length === 0 && !saving;

  const saveNow = async (content = draft.draft, version = draft.baseVersion) => {
    if (await save(content, version, note)) {
      setNote('');
      autosave.markSaved();
    }
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

  return (
    <Stack gap="md">
      <EditorHeader
        item={item}
        typeLabel={type?.label ?? item.type}
        autosave={autosave.status}
        note={note}
        onNote={setNote}
        canSave={canSave}
        saving={saving}
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
          <Stack gap="md">
            <FieldsPanel draft={draft} type={type} />
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="write">Write</Tabs.Tab>
                <Tabs.Tab value="preview">Preview</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="write" pt="sm">
                <BodyEditor
                  key={draft.epoch}
                  initial={draft.draft.body}
                  onChange={(body) => draft.set('body', body)}
                  onSelect={(selected) => selected && setQuote(selected)}
                />
              </Tabs.Panel>
              <Tabs.Panel value="preview" pt="sm">
                <Paper withBorder p="md">
                  <PreviewPanel markdown={draft.draft.body} />
                </Paper>
              </Tabs.Panel>
            </Tabs>
            {type?.sections && (
              <SectionsEditor
                sections={draft.draft.sections}
                onChange={(s) => draft.set('sections', s)}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Tabs defaultValue="details" aria-label="Side panel">
            <Tabs.List grow>
              <Tabs.Tab value="details">Details</Tabs.Tab>
              <Tabs.Tab value="variants">Variants</Tabs.Tab>
              <Tabs.Tab value="comments">Comments</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="details" pt="sm">
              <DetailsPanel draft={draft} type={type} />
            </Tabs.Panel>
            <Tabs.Panel value="variants" pt="sm">
              <VariantsPanel draft={draft} channelLimits={types.channelLimits} />
            </Tabs.Panel>
            <Tabs.Panel value="comments" pt="sm">
              <CommentsPanel
                itemId={item.id}
                userId={userId}
                quote={quote}
                onClearQuote={() => setQuote('')}
              />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
      </Grid>
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
          saving={saving}
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
