import { Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';

import { LengthCounter } from '@/components/forms/length-counter';

import type { ContentTypeDefinition, Seo } from '../../api/types';
import { CoverField } from './cover-field';
import type { Draft } from './use-editor-draft';

// What search engines show before they cut a title or description off.
const META_TITLE_HINT = 60;
const META_DESCRIPTION_HINT = 160;

/** Tags, target channels, and the SEO panel for the types that have one. */
export function DetailsPanel({
  draft,
  type,
}: {
  draft: Draft;
  type: ContentTypeDefinition | undefined;
}) {
  const { draft: content, set } = draft;
  const seo = (key: keyof Seo, value: string) =>
    set('seo', { ...content.seo, [key]: value === '' ? null : value });
  return (
    <Stack gap="sm">
      <CoverField value={content.coverMediaId} onChange={(id) => set('coverMediaId', id)} />
      <TagsInput
        label="Tags"
        placeholder="Add a tag and press Enter"
        value={content.tags}
        onChange={(tags) => set('tags', tags)}
        clearable
      />
      <TagsInput
        label="Channels"
        description="Where this goes once published (channel slugs)."
        placeholder="blog, bluesky…"
        value={content.channels}
        onChange={(channels) => set('channels', channels)}
      />
      {type?.seo && (
        <Stack gap="xs" role="group" aria-label="SEO">
          <Text fw={600}>SEO</Text>
          <TextInput
            label="Meta title"
            placeholder={content.title}
            value={content.seo.metaTitle ?? ''}
            onChange={(e) => seo('metaTitle', e.currentTarget.value)}
            description={
              <LengthCounter
                text={content.seo.metaTitle ?? ''}
                limit={META_TITLE_HINT}
                label="Meta title"
              />
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
          <Textarea
            label="Meta description"
            autosize
            minRows={2}
            value={content.seo.metaDescription ?? ''}
            onChange={(e) => seo('metaDescription', e.currentTarget.value)}
            description={
              <LengthCounter
                text={content.seo.metaDescription ?? ''}
                limit={META_DESCRIPTION_HINT}
                label="Meta description"
              />
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
          <TextInput
            label="Canonical URL"
            type="url"
            placeholder="https://…"
            value={content.seo.canonicalUrl ?? ''}
            onChange={(e) => seo('canonicalUrl', e.currentTarget.value)}
          />
        </Stack>
      )}
    </Stack>
  );
}
