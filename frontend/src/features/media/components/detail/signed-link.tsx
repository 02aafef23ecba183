import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { useGetSignedUrlQuery } from '../../api/media-api';

/** A link a new tab can open without the session: a signed URL of the file or a variant. */
export function SignedLink({
  id,
  variant,
  children,
}: {
  id: string;
  variant: string;
  children: ReactNode;
}) {
  const { data } = useGetSignedUrlQuery({ id, variant });
  if (!data)
    return (
      <Text span size="sm">
        {children}
      </Text>
    );
  return (
    <Anchor href={data.url} target="_blank" rel="noopener noreferrer" size="sm">
      {children}
    </Anchor>
  );
}
