import { Anchor, Button, FileInput, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/feedback/problem-alert';

import { useImportContentMutation } from '../../api/list-api';

/**
 * Import a zip of Markdown files (or one `.md`) with front matter from TRAE, Hugo, Jekyll,
 * Astro or Ghost. The report names each imported item, and each failed file with its line.
 */
export function ImportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [upload, { data: result, isLoading, error, reset }] = useImportContentMutation();
  const close = () => {
    setFile(null);
    reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title="Import content">
      <Stack gap="sm">
        <FileInput
          label="Markdown file or zip"
          description="Front matter from TRAE, Hugo, Jekyll, Astro or Ghost is understood."
          accept=".zip,.md,application/zip,text/markdown"
          leftSection={<IconFileZip size={16} aria-hidden />}
          clearable
          value={file}
          onChange={(f) => {
            setFile(f);
            reset();
          }}
        />
        {error && <ProblemAlert error={error} title="The import failed" />}
        {result && (
          <Stack gap="xs" data-testid="import-report" role="status">
            <Text size="sm" fw={500}>
              Imported {result.imported.length}, failed {result.failed.length}
            </Text>
            {result.imported.length > 0 && (
              <List size="sm" spacing={2}>
                {result.imported.map((i) => (
                  <List.Item key={i.id}>
                    <Anchor component={Link} to={`/content/${encodeURIComponent(i.id)}`} size="sm">
                      {i.title}
                    </Anchor>{' '}
                    <Text span size="xs" c="dimmed">
                      ({i.file})
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
            {result.failed.length > 0 && (
              <List size="sm" spacing={2} c="red">
                {result.failed.map((f) => (
                  <List.Item key={`${f.file}:${f.line ?? 0}`}>
                    {f.file}
                    {f.line !== null && `, line ${f.line}`}: {f.message}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {result ? 'Close' : 'Cancel'}
          </Button>
          <Button
            disabled={!file}
            loading={isLoading}
            onClick={() => {
              if (file) void upload(file);
            }}
          >
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
