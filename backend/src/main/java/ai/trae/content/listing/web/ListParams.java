package ai.trae.content.listing.web;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.listing.ListFilter;
import ai.trae.content.listing.ListFilter.Range;
import ai.trae.content.listing.ListSort;
import ai.trae.content.listing.ListSort.Order;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.ValidationFailedException;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The list's query parameters (the facets and the export take the same), bound from the query
 * string: {@code ?status=draft&status=idea&tag=launch&sort=title&order=asc}. Names of statuses,
 * types, sorts and orders are checked here, so an unknown one is a 400 naming the parameter.
 */
public record ListParams(
    @Nullable @Size(max = 10) List<String> status,
    @Nullable @Size(max = 10) List<String> type,
    @Nullable @Size(max = 50) List<@Size(max = 100) String> tag,
    @Nullable @Size(max = 50) List<UUID> author,
    @Nullable @Size(max = 50) List<@Size(max = 100) String> channel,
    @Nullable Instant createdFrom,
    @Nullable Instant createdTo,
    @Nullable Instant updatedFrom,
    @Nullable Instant updatedTo,
    @Nullable Instant publishedFrom,
    @Nullable Instant publishedTo,
    @Nullable @Size(max = 200) String q,
    @Nullable Boolean trashed,
    @Nullable String sort,
    @Nullable String order) {

  private static final String SORTS = "updated, created, published or title";

  public ListFilter filter() {
    List<FieldProblem> problems = new ArrayList<>();
    Set<ContentStatus> statuses =
        parsed("status", status, ContentStatus::parse, ContentStatus.values(), problems);
    Set<ContentType> types =
        parsed("type", type, ContentType::parse, ContentType.values(), problems);
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    return new ListFilter(
        statuses,
        types,
        values(tag),
        author == null ? Set.of() : new LinkedHashSet<>(author),
        values(channel),
        new Range(createdFrom, createdTo),
        new Range(updatedFrom, updatedTo),
        new Range(publishedFrom, publishedTo),
        q,
        Boolean.TRUE.equals(trashed));
  }

  public ListSort sortBy() {
    return sort == null || sort.isBlank()
        ? ListSort.UPDATED
        : ListSort.parse(sort.strip())
            .orElseThrow(() -> new ValidationFailedException("sort", "One of " + SORTS + "."));
  }

  public Order direction() {
    return order == null || order.isBlank()
        ? Order.DESC
        : Order.parse(order.strip())
            .orElseThrow(() -> new ValidationFailedException("order", "Either asc or desc."));
  }

  private static <T> Set<T> parsed(
      String field,
      @Nullable List<String> given,
      Function<String, Optional<T>> parse,
      Object[] all,
      List<FieldProblem> problems) {
    Set<T> parsed = new LinkedHashSet<>();
    for (String value : values(given)) {
      parse
          .apply(value)
          .ifPresentOrElse(
              parsed::add,
              () ->
                  problems.add(
                      new FieldProblem(
                          field,
                          "Unknown value; one of "
                              + String.join(", ", Arrays.stream(all).map(ListParams::name).toList())
                              + ".")));
    }
    return parsed;
  }

  private static String name(Object value) {
    return value instanceof ContentStatus s ? s.value() : ((ContentType) value).value();
  }

  /** Blank values are dropped, so {@code ?tag=} filters nothing. */
  private static Set<String> values(@Nullable List<String> given) {
    Set<String> values = new LinkedHashSet<>();
    if (given != null) {
      given.stream().map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
    }
    return values;
  }
}
