-- The title tier of a one-word search, newest change first, read from an index in that order.
--
-- content_items_live_title_words_idx lets PostgreSQL walk the live items newest first and test
-- each title, which stops quickly for a common word; a rare word's few matches come from the GIN
-- index and are sorted. A word in 0.5-2 % of the titles is the worst of both: 1,000-2,000 rows
-- read to find the newest 21, whichever plan (measured at 100,000 items). content_title_terms
-- holds one row per (title word, live item), keyed by (lexeme, updated_at, item_id): the newest
-- items with a word are the end of one range of its primary key, 21 entries whatever the word.
--
-- Kept by a trigger on content_items, after the search trigger has made title_vector: every save
-- moves the item's rows to its new updated_at (a title has a handful of words), trashing removes
-- them, restoring puts them back. Multi-word queries keep using the vectors.
create table content_title_terms
(
    lexeme     text        not null,
    updated_at timestamptz not null,
    item_id    uuid        not null,
    primary key (lexeme, updated_at, item_id)
);

create function content_title_terms_sync() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE'
        and new.trashed_at is null and old.trashed_at is null
        and new.updated_at = old.updated_at
        and new.title_vector = old.title_vector then
        return null;
    end if;
    if tg_op <> 'INSERT' and old.trashed_at is null then
        delete from content_title_terms t
        using unnest(old.title_vector) u
        where t.lexeme = u.lexeme and t.updated_at = old.updated_at and t.item_id = old.id;
    end if;
    if tg_op <> 'DELETE' and new.trashed_at is null then
        insert into content_title_terms (lexeme, updated_at, item_id)
        select u.lexeme, new.updated_at, new.id
        from unnest(new.title_vector) u;
    end if;
    return null;
end
$$;

create trigger content_title_terms_trg
    after insert or update or delete
    on content_items
    for each row
execute function content_title_terms_sync();

-- The lexeme a one-word query looks up, as the title trigger makes it. Immutable and inlined, so
-- with the word known at planning time (ContentSearch asks for custom plans) it is a constant the
-- planner can weigh against the column's statistics: a common word's range is walked from its
-- end, never sorted.
create function content_title_lexeme(word text) returns text
    language sql
    immutable
    strict
    parallel safe
as
$$
select (tsvector_to_array(to_tsvector('content_english'::regconfig, word)))[1]
$$;

insert into content_title_terms (lexeme, updated_at, item_id)
select u.lexeme, i.updated_at, i.id
from content_items i, unnest(i.title_vector) u
where i.trashed_at is null;

analyze content_title_terms;
