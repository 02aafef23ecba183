-- Every node may hold items in memory (content/item/ItemCache). When a row changes or goes, the
-- id is sent on the trae_content_items channel when the transaction commits, so each node's
-- listener (platform/database/DatabaseNotifications) evicts it, whoever wrote it. Inserts need no
-- message: no node can hold an item that did not exist. PostgreSQL folds repeats of one message
-- within a transaction into one.
create function content_items_notify() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('trae_content_items', old.id::text);
    return null;
end
$$;

create trigger content_items_notify_trg
    after update or delete
    on content_items
    for each row
execute function content_items_notify();
