-- Audited writes no longer queue behind one lock held until each caller commits. The caller's
-- transaction inserts the row sealed (content_mac: an HMAC of its content alone, under the key
-- mac_key_id names) but not yet linked; after commit, one chainer at a time links the committed
-- rows in the order it finds them, numbering them with chain_seq (1, 2, 3, … without gaps) and
-- setting prev_hash and hash. id stays the row's identifier and the order of the list; chain_seq is
-- the order of the chain.
alter table audit_events
    add column chain_seq   bigint,
    add column content_mac bytea,
    alter column hash drop not null;
comment on column audit_events.chain_seq is
    'position in the chain, set once by the chainer after the inserting transaction committed';
comment on column audit_events.content_mac is
    'HMAC-SHA-256 of the row''s content alone, set at insert, so the chainer cannot be made to seal a rewrite';

-- Rows so far were chained in id order under the old lock.
alter table audit_events disable trigger audit_events_no_update_delete;
update audit_events a
set chain_seq = n.seq
from (select id, row_number() over (order by id) as seq from audit_events) n
where a.id = n.id;
alter table audit_events enable trigger audit_events_no_update_delete;

-- One row per position: two chainers can never fork the chain, even if the lock failed them.
create unique index audit_events_chain_seq_idx on audit_events (chain_seq);
-- What the chainer looks for; empty but for the last moments' rows.
create index audit_events_unchained_idx on audit_events (id) where chain_seq is null;

-- Rows are never changed or removed, with one exception: the chainer links a row once, setting
-- chain_seq, prev_hash and hash where all three were empty, and nothing else.
create or replace function audit_events_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE'
        and old.chain_seq is null and old.prev_hash is null and old.hash is null
        and new.chain_seq is not null and new.hash is not null
        and to_jsonb(new) - 'chain_seq' - 'prev_hash' - 'hash'
            = to_jsonb(old) - 'chain_seq' - 'prev_hash' - 'hash' then
        return new;
    end if;
    raise exception 'audit_events is append-only' using errcode = 'insufficient_privilege';
end
$$;

-- A row arrives unlinked: only the chainer links, so no one can insert a row into the chain.
create function audit_events_arrive_unlinked() returns trigger
    language plpgsql as
$$
begin
    if new.chain_seq is not null or new.prev_hash is not null or new.hash is not null then
        raise exception 'audit_events rows are linked by the chainer, not inserted linked'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;
create trigger audit_events_insert_unlinked
    before insert on audit_events
    for each row execute function audit_events_arrive_unlinked();
