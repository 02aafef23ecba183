package ai.trae.platform.web;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a list is asked for: where to start (the decoded cursor, null for the first page) and how
 * many items. Controllers declare the limit's default and range on the parameter
 * ({@code @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit}, so that a wrong one is a
 * 400 and OpenAPI shows the range); the request clamps it again for callers that are not
 * controllers.
 */
public record PageRequest(Cursors.@Nullable Key after, int limit) {

  public static PageRequest of(
      @Nullable String cursor, @Nullable Integer limit, int defaultLimit, int maxLimit) {
    int wanted = limit == null ? defaultLimit : limit;
    return new PageRequest(Cursors.decode(cursor), Math.clamp(wanted, 1, maxLimit));
  }

  /** Rows to fetch: one more than the limit tells whether another page follows. */
  public int fetchSize() {
    return limit + 1;
  }

  /** The page from rows fetched with {@link #fetchSize()}. */
  public <T> Page<T> page(List<T> rows, Function<? super T, String> cursorOf) {
    return Page.of(rows, limit, cursorOf);
  }
}
