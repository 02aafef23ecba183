package ai.trae.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.platform.database.Ids;
import ai.trae.support.DataSliceTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** content_media through its one writer, on real PostgreSQL. */
@DataSliceTest
@Import(MediaRows.class)
class MediaRowsTests {

  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
  static final Random RANDOM = new Random(42);

  @Autowired MediaRows rows;
  @Autowired JdbcClient jdbc;

  static Media media(String name, MediaKind kind, Instant at) {
    byte[] hash = new byte[32];
    RANDOM.nextBytes(hash);
    return new Media(
        Ids.newId(),
        HexFormat.of().formatHex(hash),
        name,
        kind == MediaKind.IMAGE ? "image/png" : "application/pdf",
        kind,
        10,
        kind == MediaKind.IMAGE ? 4 : null,
        kind == MediaKind.IMAGE ? 3 : null,
        "",
        List.of(),
        UUID.randomUUID(),
        at,
        at,
        1);
  }

  @Test
  void aRowReadsBackAndASecondRowWithTheSameBytesIsNotInserted() {
    Media first = media("a.png", MediaKind.IMAGE, NOW);
    assertThat(rows.insert(first)).isTrue();
    Media sameBytes =
        new Media(
            Ids.newId(),
            first.sha256(),
            "b.png",
            "image/png",
            MediaKind.IMAGE,
            10,
            4,
            3,
            "",
            List.of(),
            UUID.randomUUID(),
            NOW,
            NOW,
            1);

    assertThat(rows.insert(sameBytes)).isFalse();
    assertThat(rows.byId(first.id())).contains(first);
    assertThat(rows.bySha256(first.sha256())).contains(first);
    assertThat(rows.byId(sameBytes.id())).isEmpty();
  }

  @Test
  void variantsAndAltTextAreWrittenWithTheVersion() {
    Media m = media("c.png", MediaKind.IMAGE, NOW);
    rows.insert(m);
    List<Media.Variant> variants = List.of(new Media.Variant("thumbnail", "image/png", 4, 3, 99));

    rows.setVariants(m.id(), variants, NOW);

    assertThat(rows.updateAltText(m.id(), "A cat", 3, NOW)).as("a version not yet had").isFalse();
    assertThat(rows.updateAltText(m.id(), "A cat", 1, NOW))
        .as("read before the variants, which left the alt text alone")
        .isTrue();
    assertThat(rows.updateAltText(m.id(), "A dog", 2, NOW))
        .as("read before the alt text changed")
        .isFalse();
    Media stored = rows.byId(m.id()).orElseThrow();
    assertThat(stored.variants()).isEqualTo(variants);
    assertThat(stored.altText()).isEqualTo("A cat");
    assertThat(stored.version()).isEqualTo(3);
    assertThat(rows.updateAltText(m.id(), "A dog", 3, NOW)).isTrue();
  }

  @Test
  void pagesAreNewestFirstByKindAndText() {
    Media old = media("Old_Harbour.png", MediaKind.IMAGE, NOW.minusSeconds(30));
    Media doc = media("harbour-report.pdf", MediaKind.DOCUMENT, NOW.minusSeconds(20));
    Media recent = media("beach.png", MediaKind.IMAGE, NOW.minusSeconds(10));
    List.of(old, doc, recent).forEach(rows::insert);

    List<Media> firstTwo = rows.page(null, null, null, null, 2);
    assertThat(firstTwo).extracting(Media::id).startsWith(recent.id(), doc.id());
    assertThat(rows.page(null, null, doc.createdAt(), doc.id(), 10))
        .extracting(Media::id)
        .contains(old.id())
        .doesNotContain(recent.id(), doc.id());
    assertThat(rows.page(MediaKind.IMAGE, "HARBOUR", null, null, 10))
        .extracting(Media::id)
        .containsExactly(old.id());
    assertThat(rows.page(null, "old_", null, null, 10))
        .extracting(Media::id)
        .containsExactly(old.id());
    assertThat(rows.page(null, "%", null, null, 10)).as("% is literal").isEmpty();
    assertThat(rows.byIds(Set.of(old.id(), doc.id(), UUID.randomUUID())))
        .extracting(Media::id)
        .containsExactlyInAnyOrder(old.id(), doc.id());
  }

  @Test
  void theListIsServedByItsIndexes() {
    jdbc.sql("set local enable_seqscan = off").update();
    String plain = plan("select id from content_media order by created_at desc, id desc limit 51");
    String byKind =
        plan(
            "select id from content_media where kind = 'image'"
                + " order by created_at desc, id desc limit 51");
    String byText =
        plan(
            "select id from content_media where lower(file_name || ' ' || alt_text) like '%harb%'");

    assertThat(plain).contains("content_media_created_idx");
    assertThat(byKind).contains("content_media_kind_created_idx");
    assertThat(byText).contains("content_media_text_trgm_idx");
  }

  private String plan(String sql) {
    return String.join("\n", jdbc.sql("explain " + sql).query((rs, n) -> rs.getString(1)).list());
  }
}
