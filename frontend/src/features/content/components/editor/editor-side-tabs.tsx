import { Tabs } from '@mantine/core';

import type { ContentTypeDefinition, ContentTypes } from '../../api/types';
import { CommentsPanel } from './comments-panel';
import { DetailsPanel } from './details-panel';
import type { Draft } from './use-editor-draft';
import { VariantsPanel } from './variants-panel';

interface EditorSideTabsProps {
  itemId: string;
  draft: Draft;
  type: ContentTypeDefinition | undefined;
  channelLimits: ContentTypes['channelLimits'];
  userId: string | undefined;
  quote: string;
  onClearQuote: () => void;
}

/** Beside the text (below it on a phone): details, per-channel variants and review comments. */
export function EditorSideTabs({
  itemId,
  draft,
  type,
  channelLimits,
  ...comments
}: EditorSideTabsProps) {
  return (
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
        <VariantsPanel draft={draft} channelLimits={channelLimits} />
      </Tabs.Panel>
      <Tabs.Panel value="comments" pt="sm">
        <CommentsPanel itemId={itemId} {...comments} />
      </Tabs.Panel>
    </Tabs>
  );
}
