-- Every save writes all of an item's columns, so the search trigger fired on transitions, trash
-- and restore too, parsing text that had not changed. It now keeps the stored vectors when title,
-- tags, summary and body are what they were.
create or replace function content_items_search_vector() returns trigger
    language plpgsql as
$$
declare
    title_words tsvector;
begin
    if tg_op = 'UPDATE'
        and new.title is not distinct from old.title
        and new.tags is not distinct from old.tags
        and new.summary is not distinct from old.summary
        and new.body is not distinct from old.body then
        return new;
    end if;
    title_words := to_tsvector('content_english', coalesce(new.title, ''));
    new.title_vector := title_words;
    new.search_vector :=
            setweight(title_words, 'A') ||
            setweight(to_tsvector('content_english', array_to_string(new.tags, ' ')), 'B') ||
            setweight(to_tsvector('content_english', coalesce(new.summary, '')), 'C') ||
            setweight(to_tsvector('content_english', coalesce(new.body, '')), 'D');
    return new;
end
$$;
