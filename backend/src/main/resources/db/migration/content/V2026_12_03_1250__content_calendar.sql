-- The index behind GET /api/v1/calendar's scheduled branch (content/calendar): the live items whose
-- scheduled_at falls in the asked range, a range scan of (scheduled_at, id) in time order. Only a
-- scheduled item has a scheduled_at, so the index holds the few rows waiting to go out and nothing
-- else. The published branch is served by content_items_live_published_idx (V2026_12_02_1040).
-- CalendarIndexTests holds both branches to these plans on seeded rows.
create index content_items_live_scheduled_idx on content_items (scheduled_at, id)
    where trashed_at is null and scheduled_at is not null;
