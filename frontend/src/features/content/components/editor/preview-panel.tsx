import { Typography } from '@mantine/core';
import { useEffect } from 'react';

import { LoadingState } from '@/components/feedback/data-states';
import { ProblemAlert } from '@/components/feedback/problem-alert';

import { usePreviewMutation } from '../../api/editor-api';

/**
 * The body as delivery will render it: the server's Markdown renderer and sanitiser
 * (`POST /content/preview`), so the HTML is safe to insert as it is.
 */
export function PreviewPanel({ markdown }: { markdown: string }) {
  const [preview, { data, error, isLoading }] = usePreviewMutation();
  useEffect(() => {
    void preview(markdown);
  }, [preview, markdown]);

  if (isLoading) return <LoadingState label="Rendering the preview" />;
  if (error) return <ProblemAlert error={error} title="The preview could not be rendered" />;
  return (
    <Typography>
      <div data-testid="preview-html" dangerouslySetInnerHTML={{ __html: data?.html ?? '' }} />
    </Typography>
  );
}
