import { Paper, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';

import type { ContentTypeDefinition } from '../../api/types';
import { BodyEditor } from './body-editor';
import { FieldsPanel } from './fields-panel';
import { PreviewPanel } from './preview-panel';
import { SectionsEditor } from './sections-editor';
import type { Draft } from './use-editor-draft';

/** The text itself: title and the other fields on top, the body to write or preview, sections. */
export function EditorWriteColumn({
  draft,
  type,
  onQuote,
}: {
  draft: Draft;
  type: ContentTypeDefinition | undefined;
  /** Text selected in the body, to quote in a review comment. */
  onQuote: (quote: string) => void;
}) {
  const [tab, setTab] = useState<string | null>('write');
  return (
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
            onSelect={(selected) => selected && onQuote(selected)}
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
  );
}
