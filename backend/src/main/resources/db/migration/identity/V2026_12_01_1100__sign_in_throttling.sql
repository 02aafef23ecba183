-- Sign-in throttling whose state every node shares.

-- the step between password and second factor: one row per mfaToken, so a success spends it and a
-- few wrong codes end it
create table mfa_challenges
(
    id           uuid primary key,
    user_id      uuid        not null references users (id) on delete cascade,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    failed_codes int         not null default 0,
    used_at      timestamptz
);
create index mfa_challenges_user_idx on mfa_challenges (user_id, expires_at);

-- wrong second-factor codes per account, paused for a doubling period once past the free ones
create table mfa_lockouts
(
    user_id      uuid primary key references users (id) on delete cascade,
    failures     int not null,
    locked_until timestamptz
);

-- browsers that signed in before (OWASP device cookies): their failures lock only themselves
create table login_devices
(
    id            uuid primary key,
    user_id       uuid        not null references users (id) on delete cascade,
    token_hash    bytea       not null unique,
    created_at    timestamptz not null,
    last_used_at  timestamptz not null,
    expires_at    timestamptz not null,
    failed_logins int         not null default 0,
    locked_until  timestamptz
);
create index login_devices_user_idx on login_devices (user_id, last_used_at desc);
