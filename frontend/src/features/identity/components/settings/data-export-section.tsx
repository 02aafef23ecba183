import { Button, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { downloadFromApi, fileStamp, type DownloadError } from '@/lib/api/download-file';
import { notifySuccess } from '@/lib/notify';

/** Settings → Profile: downloads `GET /me/export` (own data as JSON) as a file. */
export function DataExportSection() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DownloadError | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    const failure = await downloadFromApi('/me/export', `trae-my-data-${fileStamp()}.json`, {
      headers: { Accept: 'application/json, application/problem+json' },
    });
    setBusy(false);
    if (failure) setError(failure);
    else notifySuccess('Your data was downloaded.');
  };

  return (
    <Stack gap="sm" maw={420}>
      <Title order={2} size="h4">
        Your data
      </Title>
      <Text size="sm">
        A JSON file with your profile, role, sessions, token details (no secrets) and your own audit
        entries.
      </Text>
      {error && <ProblemAlert error={error} title="The download did not work" />}
      <Button
        variant="default"
        w="fit-content"
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={busy}
        onClick={() => void download()}
      >
        Download my data
      </Button>
      {busy && (
        <Text size="sm" c="dimmed" role="status">
          Preparing your download…
        </Text>
      )}
    </Stack>
  );
}
