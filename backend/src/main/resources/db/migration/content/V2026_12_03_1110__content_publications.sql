-- Publications: one per item and channel, created when the item is published. Its columns describe
-- the current delivery (publish, update or unpublish): its idempotency key (the same on every
-- attempt of it, a new one for the next delivery), its status and attempt count. delivery counts
-- the deliveries, so each attempt's job has an id of its own (<publication>/<delivery>/<attempt>).
create table content_publications
(
    id              uuid primary key,
    item_id         uuid        not null references content_items (id) on delete cascade,
    -- no cascade: a channel with publications cannot be deleted (the channels API says so first)
    channel_id      uuid        not null references content_channels (id),
    -- pending, sending, retrying, delivered, failed, needs_checking, removed, cancelled
    status          text        not null,
    -- publish, update, unpublish
    operation       text        not null,
    idempotency_key text        not null,
    delivery        int         not null default 1,
    attempts        int         not null default 0,
    next_attempt_at timestamptz,
    last_error      text,
    external_id     text,
    external_url    text,
    item_version    int         not null,
    -- the last attempt's outcome was unknown and the connector can look up: ask before sending
    check_first     boolean     not null default false,
    delivered_at    timestamptz,
    -- when the running attempt was claimed: one left 'sending' too long was cut off (a node died)
    claimed_at      timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 1
);

-- one per item and channel; also an item's publications (the item page)
create unique index content_publications_item_channel_uq on content_publications (item_id, channel_id);
-- a channel's publications: the refusal to delete a channel still published to
create index content_publications_channel_idx on content_publications (channel_id);
-- the sweep for attempts cut off by a node that stopped
create index content_publications_sending_idx on content_publications (claimed_at)
    where status = 'sending';

-- The delivery log: every attempt (a send or a look-up), written when it is claimed (outcome
-- in_progress) and completed when it ends. ids are UUIDv7, so (started_at, id) is time order.
create table content_publication_attempts
(
    id              uuid primary key,
    publication_id  uuid        not null references content_publications (id) on delete cascade,
    item_id         uuid        not null,
    channel_id      uuid        not null,
    operation       text        not null,
    -- send or lookup
    kind            text        not null,
    number          int         not null,
    idempotency_key text        not null,
    request         text        not null default '',
    status          int,
    response        text,
    elapsed_ms      bigint,
    outcome         text        not null,
    reason          text        not null default '',
    started_at      timestamptz not null,
    finished_at     timestamptz
);

-- the delivery log per item and per channel, newest first, keyset on (started_at, id)
create index content_attempts_item_idx on content_publication_attempts (item_id, started_at desc, id desc);
create index content_attempts_channel_idx on content_publication_attempts (channel_id, started_at desc, id desc);
create index content_attempts_publication_idx on content_publication_attempts (publication_id);

-- Approvals of an item for a channel that requires approval: without one the item is neither
-- scheduled nor published while it targets that channel.
create table content_channel_approvals
(
    item_id     uuid        not null references content_items (id) on delete cascade,
    channel_id  uuid        not null references content_channels (id) on delete cascade,
    approved_by uuid        not null,
    approved_at timestamptz not null,
    primary key (item_id, channel_id)
);

-- the credential expiry admins were last warned about: one warning per expiry, not one per check
alter table content_channels add column expiry_warned_for timestamptz;
