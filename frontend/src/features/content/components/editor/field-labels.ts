const LABELS: Record<string, string> = {
  title: 'Title',
  slug: 'Slug',
  summary: 'Summary',
  body: 'Body',
  tags: 'Tags',
  coverMediaId: 'Cover image',
  seo: 'SEO',
  'seo.metaTitle': 'Meta title',
  'seo.metaDescription': 'Meta description',
  'seo.canonicalUrl': 'Canonical URL',
  channels: 'Channels',
  variants: 'Variants',
  subject: 'Subject line',
  sections: 'Sections',
};

/** A person's name for a field path the diff endpoint reports (`variants.bluesky.body`). */
export function fieldLabel(field: string): string {
  const variant = /^variants\.([^.]+)\.(title|body)$/.exec(field);
  if (variant) return `${variant[1]} ${variant[2] === 'body' ? 'text' : 'title'}`;
  return LABELS[field] ?? field;
}
