-- Delivery keys: bearer secrets (trae_dk_…) that read one delivery-api channel's items. Only the
-- SHA-256 of a key is stored (it is shown once); prefix is its first characters, for people to tell
-- keys apart. A key reads only its own channel; deleting the channel deletes its keys.
create table content_delivery_keys
(
    id           uuid primary key,
    channel_id   uuid        not null references content_channels (id) on delete cascade,
    name         text        not null,
    key_hash     bytea       not null,
    prefix       text        not null,
    created_by   uuid        not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

-- every request's lookup by the presented key
create unique index content_delivery_keys_hash_uq on content_delivery_keys (key_hash);
-- a channel's live keys, newest first (the keys list)
create index content_delivery_keys_channel_idx on content_delivery_keys (channel_id, created_at)
    where revoked_at is null;
