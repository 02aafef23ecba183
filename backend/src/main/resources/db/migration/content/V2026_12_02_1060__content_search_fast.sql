-- Search that stops early (ContentSearch): results come in tiers, each read newest change first
-- with a limit, so a word in most items costs a short index walk instead of ranking every match.
--
-- 1. One text search configuration instead of two. `content_english` is `english` whose word
--    mappings use a Snowball English dictionary without stop words: "the" and "Lovelace" are kept
--    (as typed, lower-cased) and "launches" becomes "launch", so one to_tsvector per field does
--    what `simple` + `english` did with two (the parse, most of the cost, is done once: about
--    0.25 -> 0.17 ms of PostgreSQL time per ~800-character item, measured with psql).
-- 2. content_items.title_vector: the title's words alone, for the first tier (title matches). It
--    is the vector the trigger computes for the title anyway; a weight-restricted query on
--    search_vector ('word:A') would read the whole toasted search_vector of every row it checks.
-- 3. content_search_query(text) builds the query in content_english; it adds the `english` query
--    only when that one differs (the query has stop words, which `english` drops so that "the
--    launch" still finds "Launch plan"). An `or` of two equal halves would double the planner's
--    row estimate and tip it towards the wrong plan.
--
-- Indexes: content_items_search_idx (GIN, search_vector) as before; content_items_title_search_idx
-- (GIN, title_vector) for a rare title word (bitmap scan, then the few matches sorted);
-- content_items_live_title_words_idx ((updated_at, id) include title_vector, live items) for a
-- common one: walked backwards index-only, checking each title on the way, stopping at the page
-- size. ContentSearchPlanTests holds both shapes.

create text search dictionary content_english_stem (template = snowball, language = english);

create text search configuration content_english (copy = english);
alter text search configuration content_english
    alter mapping replace english_stem with content_english_stem;

alter table content_items add column title_vector tsvector not null default ''::tsvector;

create or replace function content_items_search_vector() returns trigger
    language plpgsql as
$$
declare
    title_words tsvector := to_tsvector('content_english', coalesce(new.title, ''));
begin
    new.title_vector := title_words;
    new.search_vector :=
            setweight(title_words, 'A') ||
            setweight(to_tsvector('content_english', array_to_string(new.tags, ' ')), 'B') ||
            setweight(to_tsvector('content_english', coalesce(new.summary, '')), 'C') ||
            setweight(to_tsvector('content_english', coalesce(new.body, '')), 'D');
    return new;
end
$$;

-- Inlined by the planner (one SQL expression of an immutable function), so with the query text
-- known at planning time (ContentSearch asks for custom plans) it is folded to a constant whose
-- words the planner looks up in the column statistics.
create or replace function content_search_query(q text) returns tsquery
    language sql
    immutable
    strict
    parallel safe
as
$$
select case
           when websearch_to_tsquery('english'::regconfig, q) = websearch_to_tsquery('content_english'::regconfig, q)
               then websearch_to_tsquery('content_english'::regconfig, q)
           else websearch_to_tsquery('content_english'::regconfig, q) || websearch_to_tsquery('english'::regconfig, q)
           end
$$;

-- rows written before this migration
update content_items set title = title;

create index content_items_title_search_idx on content_items using gin (title_vector);
create index content_items_live_title_words_idx on content_items (updated_at, id) include (title_vector)
    where trashed_at is null;

analyze content_items;
