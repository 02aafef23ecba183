-- Content items, their slugs (old ones kept as redirects), their immutable version history and each
-- user's working copy (autosave). Editable fields are columns so lists, facets and search can index
-- them; structured ones (SEO, variants, sections) are jsonb because nothing filters inside them.
create table content_items
(
    id             uuid primary key,
    type           text        not null,
    status         text        not null,
    title          text        not null,
    slug           text        not null,
    summary        text,
    body           text        not null default '',
    tags           text[]      not null default '{}',
    cover_media_id uuid,
    seo            jsonb       not null default '{}',
    channels       text[]      not null default '{}',
    variants       jsonb       not null default '[]',
    subject        text,
    sections       jsonb       not null default '[]',
    author_id      uuid        not null,
    co_author_ids  uuid[]      not null default '{}',
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    published_at   timestamptz,
    scheduled_at   timestamptz,
    trashed_at     timestamptz,
    -- the row version: the ETag, bumped by every write
    version        bigint      not null default 1,
    -- the number of the newest content_versions row
    current_version int        not null default 1
);

-- one current slug per type (old ones live in content_slugs)
create unique index content_items_type_slug_uq on content_items (type, slug);

-- every slug an item has had, so an old link still finds it
create table content_slugs
(
    type       text        not null,
    slug       text        not null,
    item_id    uuid        not null references content_items (id) on delete cascade,
    created_at timestamptz not null,
    primary key (type, slug)
);
create index content_slugs_item_idx on content_slugs (item_id);

-- immutable history: every save through any path adds a row, restore adds one too
create table content_versions
(
    item_id    uuid        not null references content_items (id) on delete cascade,
    number     int         not null,
    author_id  uuid,
    created_at timestamptz not null,
    source     text        not null,
    note       text,
    status     text        not null,
    pinned     boolean     not null default false,
    -- a versioned JSON document ({"schema": 1, ...}) so old versions read after schema changes
    snapshot   jsonb       not null,
    primary key (item_id, number)
);

-- the retention job looks for unpinned, unpublished versions per item
create index content_versions_prunable_idx on content_versions (item_id, number)
    where not pinned and status <> 'published';

-- autosave: one working copy per item and user, overwritten on every autosave, not a version
create table content_working_copies
(
    item_id      uuid        not null references content_items (id) on delete cascade,
    user_id      uuid        not null,
    base_version bigint      not null,
    saved_at     timestamptz not null,
    content      jsonb       not null,
    primary key (item_id, user_id)
);
