package ai.trae.content.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.DataSliceTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calendar's statements on 20,000 seeded items (two years of published ones, a year of
 * scheduled ones) read a six-week range from the two partial indexes, never the whole table.
 */
@DataSliceTest
class CalendarIndexTests {

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  @Autowired JdbcClient jdbc;

  @Test
  void bothBranchesAndTheChannelListAreRangeScansOfTheirIndexes() {
    seed(20_000);
    Map<String, Object> range = range(NOW.plus(Duration.ofDays(14)));

    String page = plan(CalendarQueries.entriesSql(false), range);
    assertThat(page)
        .as(page)
        .contains("content_items_live_scheduled_idx", "content_items_live_published_idx")
        .doesNotContain("Seq Scan");
    String filtered = plan(CalendarQueries.entriesSql(true), withChannels(range));
    assertThat(filtered).as(filtered).contains("Index").doesNotContain("Seq Scan");
    String channels = plan(CalendarQueries.CHANNELS, range);
    assertThat(channels)
        .as(channels)
        .contains("content_items_live_scheduled_idx", "content_items_live_published_idx")
        .doesNotContain("Seq Scan");
  }

  @Test
  void withoutTheScheduledIndexTheScheduledBranchReadsTheWholeTable() {
    seed(20_000);
    jdbc.sql("drop index content_items_live_scheduled_idx").update();
    jdbc.sql("analyze content_items").update();

    assertThat(plan(CalendarQueries.entriesSql(false), range(NOW.plus(Duration.ofDays(14)))))
        .contains("Seq Scan on content_items");
  }

  private static Map<String, Object> range(Instant from) {
    return Map.of(
        "from",
        Timestamp.from(from),
        "to",
        Timestamp.from(from.plus(Duration.ofDays(42))),
        "limit",
        ContentCalendar.MAX_ENTRIES + 1);
  }

  private static Map<String, Object> withChannels(Map<String, Object> range) {
    var params = new java.util.HashMap<>(range);
    params.put("channels", new String[] {"bluesky"});
    return params;
  }

  private String plan(String sql, Map<String, Object> params) {
    return String.join("\n", jdbc.sql("explain " + sql).params(params).query(String.class).list());
  }

  /** Every tenth item scheduled within a year ahead, every third published within two years. */
  private void seed(int n) {
    jdbc.sql(
            """
            insert into content_items (id, type, status, title, slug, body, channels, author_id,
                created_at, updated_at, published_at, scheduled_at, trashed_at)
            select gen_random_uuid(), 'article',
              case when g % 10 = 0 then 'scheduled' when g % 3 = 0 then 'published'
                   else 'draft' end,
              'Title ' || g, 'slug-' || g, repeat('lorem ipsum ', 50),
              case when g % 2 = 0 then array['blog', 'bluesky'] else array['linkedin'] end,
              '00000000-0000-7000-8000-000000000007'::uuid,
              cast(:now as timestamptz) - make_interval(hours => g),
              cast(:now as timestamptz) - make_interval(hours => g),
              case when g % 10 <> 0 and g % 3 = 0
                   then cast(:now as timestamptz) + make_interval(hours => g % 17000) end,
              case when g % 10 = 0
                   then cast(:now as timestamptz) + make_interval(hours => (g * 7) % 8760) end,
              case when g % 50 = 0 then cast(:now as timestamptz) end
            from generate_series(1, :n) g
            """)
        .param("now", Timestamp.from(NOW))
        .param("n", n)
        .update();
    jdbc.sql("analyze content_items").update();
  }
}
