-- After every migration: the application's runtime role may read the audit log and append to it,
-- never change, delete or truncate it (the triggers stop the owner too, short of disabling them).
-- The one UPDATE it keeps is on the three link columns, which the chainer sets once per row (the
-- trigger refuses any other change). ${runtime_role} is the role the application runs as; with one
-- user for both, nothing changes.
do
$$
begin
    if '${runtime_role}' <> current_user and to_regclass('audit_events') is not null then
        execute format('revoke update, delete, truncate, references, trigger on audit_events from %I',
                       '${runtime_role}');
        if exists (select from information_schema.columns
                   where table_name = 'audit_events' and column_name = 'chain_seq') then
            execute format('grant update (chain_seq, prev_hash, hash) on audit_events to %I',
                           '${runtime_role}');
        end if;
    end if;
end
$$;
