-- A list row's text: the first words of the body as plain text (content/item/Excerpts), written
-- with every save, so a list reads this short column instead of the start of the body (which a
-- wide row keeps compressed) and never parses Markdown. Null for rows last written before it; the
-- list makes theirs from the body then.
alter table content_items add column excerpt text;
