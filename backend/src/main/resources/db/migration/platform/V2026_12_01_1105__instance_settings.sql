-- Instance settings saved by administrators; one row. A null column means "not saved": the
-- environment value (or the built-in default) applies. The SMTP password is sealed with the
-- master key (SecretBox), never stored in clear.
create table instance_settings
(
    id                      smallint primary key default 1 check (id = 1),
    site_name               text,
    public_url              text,
    smtp_host               text,
    smtp_port               int check (smtp_port between 1 and 65535),
    smtp_username           text,
    smtp_password_encrypted bytea,
    smtp_from               text,
    smtp_starttls           boolean,
    updated_at              timestamptz not null,
    updated_by              uuid
);
