-- The row version at which a file's alt text last changed. The variants job bumps content_media's
-- version (the metadata's ETag must change when variants appear) but never touches the alt text, so
-- an alt-text edit made against the version read before the variants landed loses nothing: the
-- editor saw the alt text it replaces. MediaRows.updateAltText accepts an If-Match version at or
-- after this one (and not ahead of the row), so the job's write no longer fails a person's edit.
alter table content_media add column alt_text_version bigint not null default 1;
update content_media set alt_text_version = version;
