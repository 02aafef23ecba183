import { Alert, Button, Checkbox, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';

import { ProblemAlert } from '@/components/feedback/problem-alert';

import { useImportSubscribersMutation } from '../api/newsletter-api';
import type { ImportResult } from '../api/types';

/** The file's text (FileReader: `Blob.text` is missing in some runtimes, jsdom among them). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}

function Summary({ result }: { result: ImportResult }) {
  return (
    <Alert color={result.invalidCount > 0 ? 'orange' : 'green'} title="Import done" role="status">
      <Text size="sm">
        {result.added} imported, {result.merged} skipped (already on the list or repeated),{' '}
        {result.invalidCount} invalid.
        {result.truncated && ' The file was longer than the row limit: the rest was not read.'}
      </Text>
      {result.invalid.length > 0 && (
        <List size="sm" mt="xs" aria-label="Invalid rows">
          {result.invalid.slice(0, 20).map((row) => (
            <List.Item key={row.line}>
              Line {row.line}: {row.reason}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** A CSV (`email[,name]` header) imported into a list, with what it did. */
export function ImportForm({ listId }: { listId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [consented, setConsented] = useState(false);
  const [run, state] = useImportSubscribersMutation();

  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <FileInput
          label="Import a CSV"
          description="A header row email,name; other columns are ignored"
          accept=".csv,text/csv"
          value={file}
          onChange={setFile}
          clearable
          style={{ flex: '1 1 12rem' }}
        />
        <Button
          leftSection={<IconUpload size={16} aria-hidden />}
          disabled={!file}
          loading={state.isLoading}
          onClick={() => {
            if (!file) return;
            void readText(file).then((csv) =>
              run({ listId, csv, consented })
                .unwrap()
                .catch(() => {
                  // Shown below.
                }),
            );
          }}
        >
          Import
        </Button>
      </Group>
      <Checkbox
        label="These people agreed to receive it (no confirmation mail)"
        checked={consented}
        onChange={(e) => setConsented(e.currentTarget.checked)}
      />
      {state.error !== undefined && <ProblemAlert error={state.error} />}
      {state.data && <Summary result={state.data} />}
    </Stack>
  );
}
