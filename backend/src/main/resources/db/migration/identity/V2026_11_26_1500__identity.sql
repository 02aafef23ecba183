-- Identity: roles, users, sessions with rotating refresh tokens, signing keys, MFA, tokens.

create table roles
(
    name         text primary key check (name ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    built_in     boolean     not null default false,
    permissions  text[]      not null,
    mfa_required boolean     not null default false,
    created_at   timestamptz not null default now()
);

insert into roles (name, built_in, permissions)
values ('OWNER', true, array ['content:read','content:write-own','content:write-any','content:review','content:publish','media:manage','channels:manage','analytics:read','users:manage','roles:manage','audit:read','settings:manage','webhooks:manage','ai:use','tokens:create','system:read']),
       ('ADMIN', true, array ['content:read','content:write-own','content:write-any','content:review','content:publish','media:manage','channels:manage','analytics:read','users:manage','roles:manage','audit:read','settings:manage','webhooks:manage','ai:use','tokens:create','system:read']),
       ('EDITOR', true, array ['content:read','content:write-own','content:write-any','content:review','content:publish','media:manage','channels:manage','analytics:read','ai:use','tokens:create']),
       ('AUTHOR', true, array ['content:read','content:write-own','media:manage','ai:use','tokens:create']),
       ('VIEWER', true, array ['content:read','analytics:read']);

create table users
(
    id            uuid primary key,
    email         text        not null,
    display_name  text        not null,
    password_hash text,
    role          text        not null references roles (name),
    status        text        not null check (status in ('active', 'disabled', 'anonymised')),
    mfa_enabled   boolean     not null default false,
    failed_logins int         not null default 0,
    locked_until  timestamptz,
    created_at    timestamptz not null,
    last_login_at timestamptz,
    version       int         not null default 0
);
create unique index users_email_uq on users (lower(email));
create index users_list_idx on users (created_at desc, id desc);
create index users_role_idx on users (role);

-- one row, ever: the insert that wins is the setup; a racing second one violates the key
create table setup_completion
(
    id           int primary key check (id = 1),
    completed_at timestamptz not null,
    owner_id     uuid        not null references users (id)
);

create table signing_keys
(
    kid                   text primary key,
    algorithm             text        not null,
    private_key_encrypted bytea       not null,
    public_jwk            text        not null,
    created_at            timestamptz not null,
    retired_at            timestamptz
);

create table sessions
(
    id              uuid primary key,
    user_id         uuid        not null references users (id) on delete cascade,
    user_agent      text,
    ip              text,
    created_at      timestamptz not null,
    last_used_at    timestamptz not null,
    expires_at      timestamptz not null,
    revoked_at      timestamptz,
    revoked_reason  text
);
create index sessions_user_active_idx on sessions (user_id, created_at desc) where revoked_at is null;

create table refresh_tokens
(
    token_hash  bytea primary key,
    session_id  uuid        not null references sessions (id) on delete cascade,
    created_at  timestamptz not null,
    rotated_at  timestamptz
);
create index refresh_tokens_session_idx on refresh_tokens (session_id);

create table totp_factors
(
    user_id          uuid primary key references users (id) on delete cascade,
    secret_encrypted bytea       not null,
    confirmed_at     timestamptz,
    last_used_step   bigint
);

create table recovery_codes
(
    user_id   uuid not null references users (id) on delete cascade,
    code_hash text not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

create table personal_access_tokens
(
    id           uuid primary key,
    user_id      uuid        not null references users (id) on delete cascade,
    name         text        not null,
    token_hash   bytea       not null unique,
    prefix       text        not null,
    scopes       text[]      not null,
    created_at   timestamptz not null,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index personal_access_tokens_user_idx on personal_access_tokens (user_id, created_at desc);

-- invitation and password-reset links: only the hash of the secret is stored
create table one_time_tokens
(
    token_hash bytea primary key,
    purpose    text        not null check (purpose in ('invitation', 'password-reset')),
    user_id    uuid references users (id) on delete cascade,
    email      text,
    role       text references roles (name),
    created_by uuid references users (id) on delete set null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index one_time_tokens_user_idx on one_time_tokens (user_id);

create table user_notifications
(
    id         uuid primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    kind       text        not null,
    message    text        not null,
    created_at timestamptz not null,
    read_at    timestamptz
);
create index user_notifications_user_idx on user_notifications (user_id, created_at desc);
