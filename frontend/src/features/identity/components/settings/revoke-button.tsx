import { Button } from '@mantine/core';

import { notifyFailure, notifySuccess } from '@/lib/notify';

/** A row's Revoke button: runs `revoke`, then says `success` or why it failed. */
export function RevokeButton({
  label,
  loading,
  revoke,
  success,
}: {
  /** The accessible name: what is revoked. */
  label: string;
  loading: boolean;
  revoke: () => Promise<unknown>;
  success: string;
}) {
  return (
    <Button
      size="xs"
      variant="light"
      color="red"
      loading={loading}
      aria-label={label}
      onClick={() => {
        revoke()
          .then(() => {
            notifySuccess(success);
          })
          .catch((e: unknown) => {
            notifyFailure(e);
          });
      }}
    >
      Revoke
    </Button>
  );
}
