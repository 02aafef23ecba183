package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class CursorsTests {

  private static final Instant AT = Instant.parse("2026-12-01T13:30:00.123456Z");
  private static final UUID ID = UUID.fromString("01930b4e-7a2c-7000-8000-000000000001");

  @Test
  void aCursorRoundTripsItsTypedKeyAndIsUrlSafe() {
    String cursor = Cursors.encode(AT, ID, 42L, "a,b");

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    Cursors.Key key = Cursors.decode(cursor).expect(4);
    assertThat(key.instant(0)).isEqualTo(AT);
    assertThat(key.uuid(1)).isEqualTo(ID);
    assertThat(key.number(2)).isEqualTo(42L);
    assertThat(key.string(3)).isEqualTo("a,b");
    assertThat(Cursors.decodeLong(Cursors.encode(7L))).isEqualTo(7L);
  }

  @Test
  void noCursorIsTheFirstPage() {
    assertThat(Cursors.decode(null)).isNull();
    assertThat(Cursors.decode(" ")).isNull();
    assertThat(Cursors.decodeLong(null)).isNull();
  }

  @Test
  void malformedOrTamperedCursorsAreA400ProblemNotAServerError() {
    String good = Cursors.encode(AT, ID);
    List<String> bad =
        List.of(
            "!!not-ours!!",
            "bm90LWEta2V5", // "not-a-key"
            b64("[\"c1\"]"),
            b64("[\"c0\",\"1\"]"),
            b64("{\"c1\":1}"),
            b64("[\"c1\",1]"),
            good.substring(0, good.length() - 3));
    for (String cursor : bad) {
      assertThatThrownBy(() -> Cursors.decode(cursor).expect(2).instant(0))
          .as(cursor)
          .isInstanceOfSatisfying(
              ErrorResponseException.class,
              ex -> {
                assertThat(ex.getStatusCode().value()).isEqualTo(400);
                assertThat(ex.getBody().getType()).hasToString("/problems/bad-request");
              });
    }
    // a well-formed cursor of another list: wrong number or type of parts
    assertThatThrownBy(() -> Cursors.decode(good).expect(1))
        .isInstanceOf(Cursors.InvalidCursorException.class);
    assertThatThrownBy(() -> Cursors.decode(good).uuid(0))
        .isInstanceOf(Cursors.InvalidCursorException.class);
    assertThatThrownBy(() -> Cursors.decode(good).number(1))
        .isInstanceOf(Cursors.InvalidCursorException.class);
    assertThatThrownBy(() -> Cursors.decode(good).string(2))
        .isInstanceOf(Cursors.InvalidCursorException.class);
    assertThatThrownBy(() -> Cursors.decodeLong(good))
        .isInstanceOf(Cursors.InvalidCursorException.class);
  }

  @Test
  void aPageFetchedWithOneExtraRowHasANextCursorAndTheLastPageHasNone() {
    PageRequest request = PageRequest.of(null, 3, 50, 100);
    List<Integer> rows = IntStream.rangeClosed(1, request.fetchSize()).boxed().toList();

    Page<Integer> full = request.page(rows, last -> Cursors.encode(last));
    Page<Integer> last = request.page(rows.subList(0, 3), n -> Cursors.encode(n));
    Page<Integer> empty = request.page(List.of(), n -> Cursors.encode(n));

    assertThat(full.items()).containsExactly(1, 2, 3);
    assertThat(Cursors.decodeLong(full.nextCursor())).isEqualTo(3L);
    assertThat(last.items()).containsExactly(1, 2, 3);
    assertThat(last.nextCursor()).isNull();
    assertThat(empty.nextCursor()).isNull();
    assertThat(full.map(n -> "#" + n).items()).containsExactly("#1", "#2", "#3");
    assertThat(Page.all(List.of("a")).nextCursor()).isNull();
  }

  @Test
  void theLimitDefaultsAndIsCapped() {
    assertThat(PageRequest.of(null, null, 50, 100).limit()).isEqualTo(50);
    assertThat(PageRequest.of(null, 500, 50, 100).limit()).isEqualTo(100);
    assertThat(PageRequest.of(null, 0, 50, 100).limit()).isEqualTo(1);
    assertThat(PageRequest.of(null, 20, 50, 100).fetchSize()).isEqualTo(21);
    assertThat(PageRequest.of(Cursors.encode(9L), 20, 50, 100).after().number(0)).isEqualTo(9L);
    assertThatThrownBy(() -> PageRequest.of("%%%", 20, 50, 100))
        .isInstanceOf(Cursors.InvalidCursorException.class);
  }

  private static String b64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
