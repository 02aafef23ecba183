import { Paper, Tabs, Title, Typography } from '@mantine/core';

import type { PublicReview } from '../../api/types';
import { humanise } from '../badges';

/**
 * HTML the server rendered from Markdown and sanitised with the policy delivery uses; this is
 * the only place the review page puts server HTML into the document, and only these fields.
 */
function ServerHtml({ html }: { html: string }) {
  return (
    <Typography>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}

/** The item as each of its channels will show it: the main text, then a tab per variant. */
export function ReviewDocument({ review }: { review: PublicReview }) {
  if (review.variants.length === 0) {
    return (
      <Paper withBorder p="lg">
        <ServerHtml html={review.html} />
      </Paper>
    );
  }
  return (
    <Tabs defaultValue="main" keepMounted={false}>
      <Tabs.List aria-label="Versions of the text">
        <Tabs.Tab value="main">Main text</Tabs.Tab>
        {review.variants.map((v) => (
          <Tabs.Tab key={v.channel} value={v.channel}>
            {humanise(v.channel)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Paper withBorder p="lg" mt="sm">
        <Tabs.Panel value="main">
          <ServerHtml html={review.html} />
        </Tabs.Panel>
        {review.variants.map((v) => (
          <Tabs.Panel key={v.channel} value={v.channel}>
            {v.title && (
              <Title order={2} size="h3" mb="sm">
                {v.title}
              </Title>
            )}
            <ServerHtml html={v.html} />
          </Tabs.Panel>
        ))}
      </Paper>
    </Tabs>
  );
}
