import {
  Alert,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconCopy, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';

import { downloadBlob } from '@/lib/download';

/** Shows the recovery codes once, with copy and download, until the user says they saved them. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  const text = `TRAE recovery codes\nEach code works once.\n\n${codes.join('\n')}\n`;
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" title="Save your recovery codes">
        If you lose your authenticator, each of these codes signs you in once. They are shown only
        now.
      </Alert>
      <Paper withBorder p="md">
        <SimpleGrid
          cols={2}
          component="ul"
          aria-label="Recovery codes"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {codes.map((code) => (
            <Text key={code} component="li" ff="monospace">
              {code}
            </Text>
          ))}
        </SimpleGrid>
      </Paper>
      <Group>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              leftSection={<IconCopy size={16} aria-hidden />}
              onClick={copy}
            >
              {copied ? 'Copied' : 'Copy codes'}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => {
            downloadBlob(new Blob([text], { type: 'text/plain' }), 'trae-recovery-codes.txt');
          }}
        >
          Download as text
        </Button>
      </Group>
      <Checkbox
        label="I saved my recovery codes somewhere safe"
        checked={saved}
        onChange={(e) => {
          setSaved(e.currentTarget.checked);
        }}
      />
      <Button disabled={!saved} onClick={onDone} w="fit-content">
        Done
      </Button>
    </Stack>
  );
}
