-- Pull channels (feeds, the delivery API) list a channel's published items newest first and find
-- one by its slug. Both are partial over status = 'published' (a small share of all items):
-- the page walks content_items_published_idx backwards, filtering channels @> {slug}; a channel that
-- holds few of the published items is read from content_items_channels_idx (GIN) and sorted.
create index content_items_published_idx on content_items (published_at, id)
    where status = 'published' and trashed_at is null;
create index content_items_published_slug_idx on content_items (slug)
    where status = 'published' and trashed_at is null;
