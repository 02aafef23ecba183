import { Alert, CloseButton, Group, List, Text } from '@mantine/core';

import type { BulkResult } from '../../api/types';

/** What a bulk action did: how many items changed, and each one that did not, with why. */
export function BulkReport({
  verb,
  result,
  titleOf,
  onClose,
}: {
  verb: string;
  result: BulkResult;
  titleOf: (id: string) => string;
  onClose: () => void;
}) {
  const failed = result.failed.length;
  return (
    <Alert
      color={failed ? 'orange' : 'green'}
      variant="light"
      role={failed ? 'alert' : 'status'}
      data-testid="bulk-report"
      title={
        <Group justify="space-between" wrap="nowrap">
          <span>
            {verb}: {result.updated.length} {result.updated.length === 1 ? 'item' : 'items'}
            {failed > 0 && `, ${failed} failed`}
          </span>
          <CloseButton size="sm" aria-label="Dismiss the report" onClick={onClose} />
        </Group>
      }
    >
      {failed > 0 && (
        <List size="sm" spacing={4}>
          {result.failed.map((f) => (
            <List.Item key={f.id}>
              <Text span fw={500} size="sm">
                {titleOf(f.id)}
              </Text>
              : {f.title}
              {f.detail && ` — ${f.detail}`}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
