-- The media library: one row per distinct upload (sha256 of the uploaded bytes is unique, so the same
-- file uploaded twice is one row and one stored object). The bytes live in MediaStorage under
-- "<id>/original" and "<id>/<variant>"; variants lists the ones the media-variants job made.
create table content_media
(
    id         uuid primary key,
    sha256     text        not null,
    file_name  text        not null,
    media_type text        not null,
    -- image, video, audio or document: the list's type filter
    kind       text        not null,
    size       bigint      not null,
    width      int,
    height     int,
    alt_text   text        not null default '',
    variants   jsonb       not null default '[]',
    created_by uuid        not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    -- the row version: the metadata's ETag, bumped by every change
    version    bigint      not null default 1
);

create unique index content_media_sha256_uq on content_media (sha256);

-- the list, newest first, keyset on (created_at, id); with a kind filter the second index serves it
create index content_media_created_idx on content_media (created_at desc, id desc);
create index content_media_kind_created_idx on content_media (kind, created_at desc, id desc);

-- the list's q (a substring of the file name or alt text, any case): trigrams
create index content_media_text_trgm_idx on content_media
    using gin ((lower(file_name || ' ' || alt_text)) gin_trgm_ops);

-- "where used": the items whose cover is this media (content/item's MediaUsage), and the refusal
-- to delete media still in use
create index content_items_cover_media_idx on content_items (cover_media_id)
    where cover_media_id is not null;
