import { Button, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';

import { fetchWithSession } from '@/lib/api/base-api';
import { downloadBlob } from '@/lib/download';
import { notifySuccess } from '@/lib/notify';
import { parseProblemDetails } from '@/lib/problem-details';

import { ProblemAlert } from '../problem-alert';

interface ExportError {
  status: number | 'FETCH_ERROR';
  data?: unknown;
  error?: string;
}

/** Settings → Profile: downloads `GET /me/export` (own data as JSON) as a file. */
export function DataExportSection() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ExportError | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetchWithSession('/me/export', {
        headers: { Accept: 'application/json, application/problem+json' },
      });
      if (!response.ok) {
        let body: unknown = null;
        try {
          body = await response.json();
        } catch {
          // not a problem body
        }
        setError({
          status: response.status,
          data: parseProblemDetails(body) ?? { status: response.status },
        });
        return;
      }
      const stamp = new Date().toISOString().slice(0, 10);
      downloadBlob(await response.blob(), `trae-my-data-${stamp}.json`);
      notifySuccess('Your data was downloaded.');
    } catch (e) {
      setError({ status: 'FETCH_ERROR', error: String(e) });
    } finally {
      setBusy(false);
    }
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
