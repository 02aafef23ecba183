package ai.trae.content.listing;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which items a list, its facets or a bulk selection covers. Within a dimension the values are
 * alternatives (status draft or idea), across dimensions all must hold; an empty set does not
 * filter. Ranges are half-open: {@code from} inclusive, {@code to} exclusive.
 *
 * @param q free text, matched by the search feature's full-text vector
 * @param trashed the trash instead of the live items
 */
public record ListFilter(
    Set<ContentStatus> statuses,
    Set<ContentType> types,
    Set<String> tags,
    Set<UUID> authors,
    Set<String> channels,
    Range created,
    Range updated,
    Range published,
    @Nullable String q,
    boolean trashed) {

  public static final ListFilter LIVE =
      new ListFilter(
          Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Range.ANY, Range.ANY, Range.ANY, null,
          false);

  public ListFilter {
    statuses = Set.copyOf(statuses);
    types = Set.copyOf(types);
    tags = Set.copyOf(tags);
    authors = Set.copyOf(authors);
    channels = Set.copyOf(channels);
    q = q == null || q.isBlank() ? null : q.strip();
  }

  /** A time range; either end may be open. */
  public record Range(@Nullable Instant from, @Nullable Instant to) {

    public static final Range ANY = new Range(null, null);
  }
}
