import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { QueryStates } from '@/components/feedback/data-states';
import { InlineDiff, SideBySideDiff } from '@/components/data/word-diff';

import { useGetVersionDiffQuery } from '../../api/editor-api';
import { fieldLabel } from './field-labels';

/** What changed between two versions, field by field, side by side or inline. */
export function VersionDiff({ itemId, from, to }: { itemId: string; from: number; to: number }) {
  const query = useGetVersionDiffQuery({ id: itemId, from, to });
  const [layout, setLayout] = useState('side');
  const fields = query.data?.fields ?? [];
  return (
    <Stack gap="sm" aria-label={`Changes from version ${from} to ${to}`} role="region">
      <Title order={3} size="h5">
        Version {from} → {to}
      </Title>
      <SegmentedControl
        size="xs"
        value={layout}
        onChange={setLayout}
        data={[
          { value: 'side', label: 'Side by side' },
          { value: 'inline', label: 'Inline' },
        ]}
        aria-label="Diff layout"
      />
      <QueryStates
        query={query}
        loadingLabel="Loading the differences"
        empty={fields.length === 0 ? 'The two versions have the same content.' : undefined}
      >
        {fields.map((field) => (
          <Stack key={field.field} gap={4}>
            <Text fw={600} size="sm">
              {fieldLabel(field.field)}
            </Text>
            {layout === 'inline' && field.words ? (
              <InlineDiff words={field.words} />
            ) : (
              <SideBySideDiff
                before={field.before}
                after={field.after}
                words={field.words}
                beforeLabel={`Version ${from}`}
                afterLabel={`Version ${to}`}
              />
            )}
          </Stack>
        ))}
      </QueryStates>
    </Stack>
  );
}
