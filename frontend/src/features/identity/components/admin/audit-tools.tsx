import { Alert, Button, Code } from '@mantine/core';
import { IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { downloadFromApi, fileStamp } from '@/lib/api/download-file';
import { queryString } from '@/lib/api/query-params';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useLazyVerifyAuditChainQuery } from '../../api/admin-api';
import type { AuditFilter } from '../../api/types';

/** Downloads the filtered audit log as NDJSON or CSV. */
export function ExportButton({
  format,
  filter,
}: {
  format: 'ndjson' | 'csv';
  filter: AuditFilter;
}) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    const failure = await downloadFromApi(
      `/audit-events/export?${queryString({ ...filter, format })}`,
      `trae-audit-${fileStamp()}.${format}`,
    );
    setBusy(false);
    if (failure) notifyFailure(failure);
    else notifySuccess(`Audit log exported as ${format.toUpperCase()}.`);
  };
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={busy}
      onClick={() => void download()}
    >
      Export {format.toUpperCase()}
    </Button>
  );
}

/** Checks the audit log's hash chain on demand and says whether it is intact. */
export function useChainVerification() {
  const [verify, verification] = useLazyVerifyAuditChainQuery();
  const button = (
    <Button
      leftSection={<IconShieldCheck size={16} aria-hidden />}
      loading={verification.isFetching}
      onClick={() => {
        verify()
          .unwrap()
          .catch((e: unknown) => {
            notifyFailure(e);
          });
      }}
    >
      Verify chain
    </Button>
  );
  // A failed check hides the result of an earlier one: it no longer says how things are.
  const result = verification.isError ? undefined : verification.data;
  const outcome = (
    <>
      {result && (
        <Alert
          color={result.valid ? 'green' : 'red'}
          variant="light"
          role="status"
          data-testid="chain-verification"
          title={result.valid ? 'The audit chain is intact' : 'The audit chain is broken'}
        >
          Checked {result.checked} events.
          {!result.valid && result.firstBrokenId && (
            <>
              {' '}
              First broken event: <Code>{result.firstBrokenId}</Code>.
            </>
          )}
        </Alert>
      )}
      {verification.error && <ProblemAlert error={verification.error} />}
    </>
  );
  return { button, outcome };
}
