-- Newsletters: lists, their subscribers, double opt-in links, suppressed addresses, editions and one
-- row per recipient of an edition. Each list query names the index that serves it.

create table newsletter_lists
(
    id          uuid primary key,
    name        text        not null,
    description text        not null default '',
    from_name   text,
    reply_to    text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 1
);

-- GET /api/v1/newsletter/lists: newest first, keyset on (created_at, id)
create index newsletter_lists_created_idx on newsletter_lists (created_at desc, id desc);

create table newsletter_subscribers
(
    id              uuid primary key,
    list_id         uuid        not null references newsletter_lists (id) on delete cascade,
    -- normalised (trimmed, lower case): one row per address and list
    email           text        not null,
    name            text,
    status          text        not null
        check (status in ('pending', 'confirmed', 'unsubscribed', 'bounced', 'complained')),
    -- signup, import or admin
    source          text        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    confirmed_at    timestamptz,
    unsubscribed_at timestamptz
);

-- an address once per list; also the signup's and the import's lookup by (list, address)
create unique index newsletter_subscribers_email_uq on newsletter_subscribers (list_id, email);
-- the subscriber list without a status filter, newest first (UUIDv7 ids sort by creation)
create index newsletter_subscribers_list_idx on newsletter_subscribers (list_id, id desc);
-- the subscriber list with a status filter, and an edition's recipients (status = 'confirmed')
create index newsletter_subscribers_status_idx on newsletter_subscribers (list_id, status, id desc);
-- a suppression marks the address's rows in every list
create index newsletter_subscribers_address_idx on newsletter_subscribers (email);

-- double opt-in links: only the SHA-256 of the token is stored; single use, expiring
create table newsletter_confirmations
(
    token_hash    bytea primary key,
    subscriber_id uuid        not null references newsletter_subscribers (id) on delete cascade,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    used_at       timestamptz
);

-- a new link replaces the subscriber's unused ones
create index newsletter_confirmations_subscriber_idx on newsletter_confirmations (subscriber_id);

-- addresses no list mails (a permanent bounce or a complaint) until an administrator lifts it
create table newsletter_suppressions
(
    email      text primary key,
    reason     text        not null check (reason in ('bounced', 'complained')),
    detail     text        not null default '',
    created_at timestamptz not null
);

-- GET /api/v1/newsletter/suppressions: newest first, keyset on (created_at, email)
create index newsletter_suppressions_created_idx on newsletter_suppressions (created_at desc, email desc);

create table newsletter_editions
(
    id              uuid primary key,
    list_id         uuid        not null references newsletter_lists (id) on delete cascade,
    -- the caller's key (a publication id): the same key for the same list sends once
    idempotency_key text        not null,
    subject         text        not null,
    html            text        not null,
    text_body       text        not null,
    from_name       text,
    reply_to        text,
    status          text        not null check (status in ('sending', 'sent')),
    total           int         not null,
    sent            int         not null default 0,
    failed          int         not null default 0,
    skipped         int         not null default 0,
    opens           int         not null default 0,
    unique_opens    int         not null default 0,
    clicks          int         not null default 0,
    unique_clicks   int         not null default 0,
    created_at      timestamptz not null,
    finished_at     timestamptz
);

create unique index newsletter_editions_key_uq on newsletter_editions (list_id, idempotency_key);
-- editions still sending, for the job that resumes them
create index newsletter_editions_sending_idx on newsletter_editions (created_at) where status = 'sending';

create table newsletter_recipients
(
    -- a number, not a UUID: it orders the claims and goes into every tracked link of the mail
    id            bigint generated always as identity primary key,
    edition_id    uuid        not null references newsletter_editions (id) on delete cascade,
    subscriber_id uuid        not null references newsletter_subscribers (id) on delete cascade,
    email         text        not null,
    -- queued -> sending (claimed; the mail goes out after that commit) -> sent or failed; skipped
    -- when the subscriber left (or was suppressed) between the edition and the send
    status        text        not null
        check (status in ('queued', 'sending', 'sent', 'failed', 'skipped')),
    attempts      int         not null default 0,
    error         text,
    claimed_at    timestamptz,
    sent_at       timestamptz,
    opened_at     timestamptz,
    clicked_at    timestamptz,
    unique (edition_id, subscriber_id)
);

-- the sender claims the next batch of an edition's queued rows (for update skip locked)
create index newsletter_recipients_queued_idx on newsletter_recipients (edition_id, id)
    where status = 'queued';
-- rows a dead run left claimed
create index newsletter_recipients_sending_idx on newsletter_recipients (edition_id, claimed_at)
    where status = 'sending';
