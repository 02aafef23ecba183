-- After every migration: the application's runtime role may read the audit log and append to it,
-- never change, delete or truncate it (the triggers stop the owner too, short of disabling them).
-- ${runtime_role} is the role the application runs as; with one user for both, nothing changes.
do
$$
begin
    if '${runtime_role}' <> current_user and to_regclass('audit_events') is not null then
        execute format('revoke update, delete, truncate, references, trigger on audit_events from %I',
                       '${runtime_role}');
    end if;
end
$$;
