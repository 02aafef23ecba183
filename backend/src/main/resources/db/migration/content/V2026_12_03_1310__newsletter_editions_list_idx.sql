-- GET /api/v1/newsletter/lists/{id}/editions: a list's editions newest first, keyset on
-- (created_at, id). With the list's id leading, the cursor condition (created_at, id) < (?, ?) is
-- the start of one range scan that stops after limit + 1 rows, however many editions the list has
-- sent (newsletter_editions_key_uq leads with list_id too, but is ordered by the key).
create index newsletter_editions_list_idx on newsletter_editions (list_id, created_at desc, id desc);
