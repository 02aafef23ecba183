-- Full-text and typo-tolerant search over content items.
--
-- content_items.search_vector: a weighted tsvector kept by a trigger on every insert and on every
-- update of title, tags, summary or body (never written by the application). Weights: title A,
-- tags B, summary C, body D. Each field is indexed twice, once with the `simple` configuration
-- (exact words, so names and stop words match as typed) and once with `english` (stems, so
-- "launches" finds "launch"); a query built by content_search_query(text) asks both.
-- Served by content_items_search_idx (GIN).
--
-- Typo tolerance: word similarity (pg_trgm) of the query against lower(title), served by
-- content_items_title_trgm_idx (GIN, gin_trgm_ops) through content_title_matches(text).
create extension if not exists pg_trgm;

alter table content_items add column search_vector tsvector not null default ''::tsvector;

create function content_items_search_vector() returns trigger
    language plpgsql as
$$
declare
    tags text := array_to_string(new.tags, ' ');
begin
    new.search_vector :=
            setweight(to_tsvector('simple', coalesce(new.title, '')), 'A') ||
            setweight(to_tsvector('english', coalesce(new.title, '')), 'A') ||
            setweight(to_tsvector('simple', coalesce(tags, '')), 'B') ||
            setweight(to_tsvector('english', coalesce(tags, '')), 'B') ||
            setweight(to_tsvector('simple', coalesce(new.summary, '')), 'C') ||
            setweight(to_tsvector('english', coalesce(new.summary, '')), 'C') ||
            setweight(to_tsvector('simple', coalesce(new.body, '')), 'D') ||
            setweight(to_tsvector('english', coalesce(new.body, '')), 'D');
    return new;
end
$$;

create trigger content_items_search_vector_trg
    before insert or update of title, tags, summary, body
    on content_items
    for each row
execute function content_items_search_vector();

-- rows written before this migration
update content_items set title = title;

create index content_items_search_idx on content_items using gin (search_vector);
create index content_items_title_trgm_idx on content_items using gin (lower(title) gin_trgm_ops);

-- The query text as typed (web-search syntax: "quoted phrases", or, -not) in both configurations.
-- Inlined by the planner, so `search_vector @@ content_search_query(?)` uses the GIN index.
create function content_search_query(q text) returns tsquery
    language sql
    immutable
    strict
    parallel safe
as
$$
select websearch_to_tsquery('simple'::regconfig, q) || websearch_to_tsquery('english'::regconfig, q)
$$;

-- Items whose title contains a word close to the (lower-case) query. The threshold lives here, set
-- for this function only, because pg_trgm's default (0.6) misses a swapped pair of letters in a
-- short word; the GIN trigram index serves `%>` at whatever threshold is in force.
create function content_title_matches(q text)
    returns table
            (
                id         uuid,
                similarity real
            )
    language sql
    stable
    strict
    parallel safe
    set pg_trgm.word_similarity_threshold = 0.5
as
$$
select i.id, word_similarity(q, lower(i.title))
from content_items i
where lower(i.title) %> q
$$;
