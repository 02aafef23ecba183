-- Nodes cache who a session's caller is (user, role, permissions) instead of reading three tables
-- on every request. Anything that changes that answer bumps this one counter in the same
-- transaction; every node polls it and drops its cache when it moves, so a sign-out, a disabled
-- account or a role change reaches every node within the poll interval even when the writer forgot
-- to tell its own node (which it does at commit, for an immediate effect there).
create table principal_epoch
(
    id    int primary key check (id = 1),
    value bigint not null
);
insert into principal_epoch (id, value)
values (1, 0);

create function bump_principal_epoch() returns trigger
    language plpgsql as
$$
begin
    update principal_epoch set value = value + 1 where id = 1;
    return null;
end;
$$;

-- new sessions, logins and refreshes change nothing a cached answer holds: no trigger on insert
create trigger sessions_principal_epoch
    after update of revoked_at, expires_at, user_id or delete
    on sessions
    for each statement
execute function bump_principal_epoch();

create trigger users_principal_epoch
    after update of email, display_name, role, status, mfa_enabled or delete
    on users
    for each statement
execute function bump_principal_epoch();

create trigger roles_principal_epoch
    after update or delete
    on roles
    for each statement
execute function bump_principal_epoch();
