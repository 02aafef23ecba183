-- The audit chain is keyed: each row's hash becomes an HMAC-SHA-256 under a key derived from the
-- master key (which never lives in the database), so a database user who changes, removes or
-- inserts rows cannot recompute the chain. mac_key_id names the master key the HMAC key came from;
-- rows written before this version are sealed by the next (Java) migration.
alter table audit_events
    add column mac_key_id    integer,
    -- for actions done with a personal access token: whose token it was
    add column actor_user_id text;
comment on column audit_events.hash is
    'HMAC-SHA-256 of the row and the previous hash (mac_key_id set); SHA-256 for unsealed old rows';
create index audit_events_actor_user_idx on audit_events (actor_user_id, id desc)
    where actor_user_id is not null;
