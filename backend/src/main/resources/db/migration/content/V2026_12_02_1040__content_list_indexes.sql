-- The indexes behind GET /api/v1/content and /api/v1/content/facets (content/listing). Lists are
-- keyset-paged on (sort key, id), so every sort has a b-tree on exactly (key, id): scanned forwards
-- for asc, backwards for desc, the cursor condition (key, id) < (?, ?) is its range start and the
-- scan stops after limit + 1 rows, however deep the page. Lists show the live items (trashed_at is
-- null) unless the caller asks for the trash, so the live indexes are partial: trashed rows cost
-- them nothing. ContentListIndexTests holds the main query shapes to these plans on seeded rows.

-- the default list (sort=updated), and any filter the planner prefers to check row by row on the
-- way down it (channel, dates, a rare combination)
create index content_items_live_updated_idx on content_items (updated_at, id)
    where trashed_at is null;

-- sort=created
create index content_items_live_created_idx on content_items (created_at, id)
    where trashed_at is null;

-- sort=published, the published part: never-published items come after it, read in id order from
-- the primary key (ContentListing's second branch), so this index holds only published rows
create index content_items_live_published_idx on content_items (published_at, id)
    where trashed_at is null and published_at is not null;

-- sort=title
create index content_items_live_title_idx on content_items (title, id)
    where trashed_at is null;

-- status=… sorted by updated (the list the editors' inbox and the benchmark run); the facet query
-- groups by status over it too
create index content_items_live_status_idx on content_items (status, updated_at, id)
    where trashed_at is null;

-- type=… sorted by updated
create index content_items_live_type_idx on content_items (type, updated_at, id)
    where trashed_at is null;

-- author=… ("my items") sorted by updated
create index content_items_live_author_idx on content_items (author_id, updated_at, id)
    where trashed_at is null;

-- tag=… and channel=… (tags && ?, channels && ?): bitmap scans, then the page is sorted; also
-- the trash's tag filter, so not partial
create index content_items_tags_idx on content_items using gin (tags);
create index content_items_channels_idx on content_items using gin (channels);

-- trashed=true: the trash, small, sorted by updated in either direction
create index content_items_trash_idx on content_items (updated_at, id)
    where trashed_at is not null;

-- facets: every live row's status, type, author and tags, read index-only (a fraction of the
-- table, whose rows carry the bodies) by the one grouping-sets statement of ContentFacets
create index content_items_live_facets_idx on content_items (status, type, author_id)
    include (tags) where trashed_at is null;
