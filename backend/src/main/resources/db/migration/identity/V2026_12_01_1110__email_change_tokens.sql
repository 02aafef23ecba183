-- E-mail changes are confirmed with a one-time link to the new address, kept with the other links.
alter table one_time_tokens drop constraint one_time_tokens_purpose_check;
alter table one_time_tokens
    add constraint one_time_tokens_purpose_check
        check (purpose in ('invitation', 'password-reset', 'email-change'));
