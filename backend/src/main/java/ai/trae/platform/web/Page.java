package ai.trae.platform.web;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, as every list answers: {@code {items, nextCursor}}. {@code nextCursor} is
 * absent on the last page (and for lists short enough to come whole).
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

  /**
   * The page from rows fetched with {@link PageRequest#fetchSize()} (one more than the limit): the
   * extra row only tells that there is a next page, whose cursor is the key of the last item.
   */
  public static <T> Page<T> of(List<T> rows, int limit, Function<? super T, String> cursorOf) {
    if (rows.size() <= limit) {
      return new Page<>(List.copyOf(rows), null);
    }
    List<T> items = List.copyOf(rows.subList(0, limit));
    return new Page<>(items, cursorOf.apply(items.getLast()));
  }

  /** A whole list in one page. */
  public static <T> Page<T> all(List<T> items) {
    return new Page<>(List.copyOf(items), null);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
  }
}
