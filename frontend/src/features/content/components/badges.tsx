import { Badge, type BadgeProps } from '@mantine/core';

import type { ContentStatus } from '../api/types';

const STATUS: Record<ContentStatus, { label: string; color: string }> = {
  idea: { label: 'Idea', color: 'grape' },
  draft: { label: 'Draft', color: 'gray' },
  'in-review': { label: 'In review', color: 'yellow' },
  approved: { label: 'Approved', color: 'teal' },
  scheduled: { label: 'Scheduled', color: 'blue' },
  published: { label: 'Published', color: 'green' },
  archived: { label: 'Archived', color: 'dark' },
};

function known(status: string) {
  return STATUS[status as ContentStatus] as (typeof STATUS)[ContentStatus] | undefined;
}

export function statusLabel(status: string): string {
  return known(status)?.label ?? humanise(status);
}

/** `blog-post` → `Blog post`, for a value the server knows and this code does not yet. */
export function humanise(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A workflow status as a coloured badge (the colour is never the only cue: it has text). */
export function StatusBadge({ status, ...props }: { status: string } & BadgeProps) {
  return (
    <Badge variant="light" color={known(status)?.color ?? 'gray'} {...props}>
      {statusLabel(status)}
    </Badge>
  );
}

/** A content type as an outlined badge; `label` from `GET /content/types` when known. */
export function TypeBadge({
  type,
  label,
  ...props
}: { type: string; label?: string } & BadgeProps) {
  return (
    <Badge variant="outline" color="indigo" {...props}>
      {label ?? humanise(type)}
    </Badge>
  );
}
