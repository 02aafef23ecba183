-- User administration: invited accounts and the user search.

-- An invitation creates the account at once with status 'invited' (no password, cannot sign in),
-- so the user list shows pending invitations and the e-mail is reserved by users_email_uq.
alter table users drop constraint users_status_check;
alter table users add constraint users_status_check
    check (status in ('invited', 'active', 'disabled', 'anonymised'));

-- GET /users?q= is a prefix search on e-mail or display name; text_pattern_ops lets
-- "lower(x) like 'abc%'" use a btree whatever the database collation.
create index users_email_prefix_idx on users (lower(email) text_pattern_ops);
create index users_display_name_prefix_idx on users (lower(display_name) text_pattern_ops);

