-- Channels: where published content goes. slug is what items name in their target channels
-- (content_items.channels) and what per-channel variants key on. settings are plain (returned by
-- the API); secrets and state are SecretBox ciphertexts of a JSON object, bound to the row by the
-- contexts "channel-secrets:<id>" and "channel-state:<id>" (a value copied to another row does not
-- decrypt). state is what the connector keeps between calls (a Bluesky session).
create table content_channels
(
    id                    uuid primary key,
    slug                  text        not null,
    name                  text        not null,
    connector             text        not null,
    settings              jsonb       not null default '{}',
    secrets               bytea,
    state                 bytea,
    -- nothing is scheduled or published to the channel before an editor approved it
    requires_approval     boolean     not null default false,
    -- ok, temporary_failure, credential_invalid or unknown (never checked)
    health                text        not null default 'unknown',
    health_detail         text        not null default '',
    health_checked_at     timestamptz,
    credential_expires_at timestamptz,
    created_by            uuid        not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    -- the row version: the channel's ETag, bumped by every change
    version               bigint      not null default 1
);

-- by slug (the feed and delivery API URLs, items' target channels); the list sorts by name
create unique index content_channels_slug_uq on content_channels (slug);
create index content_channels_name_idx on content_channels (lower(name), id);
