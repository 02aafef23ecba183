-- A list row's text: the first words of the body as plain text (content/item/Excerpts), written
-- with every save, so a list reads this short column instead of the start of the body (which a
-- wide row keeps compressed) and never parses Markdown. Null for rows last written before it; the
-- list makes theirs from the body then.
alter table content_items add column excerpt text;

-- the rows the content.excerpts-fill job still has to give one: empty once it has run
create index content_items_excerpt_missing_idx on content_items (id) where excerpt is null;
