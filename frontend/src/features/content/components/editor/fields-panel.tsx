import { Stack, Textarea, TextInput } from '@mantine/core';

import { LengthCounter } from '@/components/forms/length-counter';

import type { ContentTypeDefinition } from '../../api/types';
import type { Draft } from './use-editor-draft';

/** Title, slug, and the summary and newsletter subject where the type has them. */
export function FieldsPanel({
  draft,
  type,
}: {
  draft: Draft;
  type: ContentTypeDefinition | undefined;
}) {
  const { draft: content, set } = draft;
  const limits = type?.limits ?? {};
  const text = (key: 'summary' | 'subject') => (value: string) =>
    set(key, value === '' ? null : value);
  return (
    <Stack gap="xs">
      <TextInput
        label="Title"
        required
        size="lg"
        value={content.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        description={<LengthCounter text={content.title} limit={limits.title} label="Title" />}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        error={content.title.trim() === '' ? 'A title is required' : undefined}
      />
      <TextInput
        label="Slug"
        description="The address part; old slugs keep redirecting."
        value={content.slug}
        onChange={(e) => set('slug', e.currentTarget.value)}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      {type?.subject && (
        <TextInput
          label="Subject line"
          value={content.subject ?? ''}
          onChange={(e) => text('subject')(e.currentTarget.value)}
          description={
            <LengthCounter text={content.subject ?? ''} limit={limits.subject} label="Subject" />
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
      )}
      {type?.summary !== false && (
        <Textarea
          label="Summary"
          autosize
          minRows={2}
          value={content.summary ?? ''}
          onChange={(e) => text('summary')(e.currentTarget.value)}
          description={
            <LengthCounter text={content.summary ?? ''} limit={limits.summary} label="Summary" />
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
      )}
    </Stack>
  );
}
