-- Append-only audit log. Each row's hash covers its content and the previous row's hash, so an
-- edit anywhere breaks the chain from that row on (GET /api/v1/audit-events/verify finds it).
create table audit_events
(
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    actor_type  text        not null,
    actor_id    text,
    actor_name  text,
    action      text        not null,
    target_type text,
    target_id   text,
    ip          text,
    user_agent  text,
    request_id  text,
    summary     jsonb       not null default '{}',
    prev_hash   bytea,
    hash        bytea       not null
);
create index audit_events_time_idx on audit_events (occurred_at desc, id desc);
create index audit_events_action_idx on audit_events (action, id desc);
create index audit_events_actor_idx on audit_events (actor_id, id desc);

-- The canonical text a row's hash is computed over; used by inserts and by verification.
create function audit_event_digest(prev bytea, occurred_at timestamptz, actor_type text, actor_id text,
                                   actor_name text, action text, target_type text, target_id text,
                                   ip text, user_agent text, request_id text, summary jsonb)
    returns bytea
    language sql
    immutable
as
$$
select sha256(coalesce(prev, ''::bytea) || convert_to(concat_ws(chr(31),
        (extract(epoch from occurred_at) * 1000000)::bigint::text,
        actor_type, coalesce(actor_id, ''), coalesce(actor_name, ''), action,
        coalesce(target_type, ''), coalesce(target_id, ''), coalesce(ip, ''),
        coalesce(user_agent, ''), coalesce(request_id, ''), summary::text), 'UTF8'))
$$;

-- Enforced in the database, whatever the application does: rows are never changed or removed.
create function audit_events_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_events is append-only' using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_events_no_update_delete
    before update or delete on audit_events
    for each row execute function audit_events_append_only();
create trigger audit_events_no_truncate
    before truncate on audit_events
    for each statement execute function audit_events_append_only();
