-- Idempotency-Key claims and the responses they replay. A row is claimed (status null) before the
-- request runs, so a second request with the same key finds it and waits; the stored response is
-- sealed with the master key (SecretBox), since a POST may answer with a secret that is shown once.
create table idempotency_keys
(
    principal      text        not null,
    idem_key       text        not null,
    request_hash   bytea       not null,
    status         int,
    headers        text,
    body_encrypted bytea,
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    primary key (principal, idem_key)
);

-- the clean-up job deletes by expiry
create index idempotency_keys_expires_idx on idempotency_keys (expires_at);
