-- Review: comments on an item (from team members, or from an external reviewer through a share
-- link) and the share links themselves.

-- A link an external reviewer opens without an account. Only the SHA-256 of its token is kept: a
-- copy of this table opens nothing. It stops working when it expires or is revoked.
create table content_share_links
(
    id         uuid primary key,
    item_id    uuid        not null references content_items (id) on delete cascade,
    token_hash bytea       not null unique,
    label      text,
    created_by uuid        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
-- the item's links, newest first
create index content_share_links_item_idx on content_share_links (item_id, created_at desc, id desc);

create table content_comments
(
    id            uuid primary key,
    item_id       uuid        not null references content_items (id) on delete cascade,
    -- a team member's comment has author_id; an external reviewer's has external_name and the link
    author_id     uuid,
    external_name text,
    share_link_id uuid references content_share_links (id) on delete set null,
    body          text        not null,
    -- the passage of the text the comment is about, if any
    quote         text,
    -- an external reviewer's verdict: approved | changes-requested
    verdict       text,
    resolved_at   timestamptz,
    resolved_by   uuid,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null default 1,
    constraint content_comments_one_author check ((author_id is null) <> (external_name is null)),
    constraint content_comments_verdict check (verdict in ('approved', 'changes-requested'))
);
-- an item's comments in the order they were written (the comments list, keyset)
create index content_comments_item_idx on content_comments (item_id, created_at, id);
-- a link's comments (the public review page) and its latest verdict (the links list)
create index content_comments_link_idx on content_comments (share_link_id, created_at, id)
    where share_link_id is not null;
