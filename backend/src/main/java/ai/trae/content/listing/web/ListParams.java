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
 * The list's query parameters (the facets and the export take the same), read from the query
 * string: {@code ?status=draft&status=idea&tag=launch&sort=title&order=asc}. Names of statuses,
 * types, sorts and orders are checked here, so an unknown one is a 400 naming the parameter.
 *
 * <p>{@link #from} reads them itself ({@link ListParamsResolver}) instead of Spring's data binder,
 * whose constructor binding inspects every parameter's annotations on every request: a quarter of a
 * list request's CPU. The annotations here document the limits in the OpenAPI description and
 * {@link #from} enforces the same ones.
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
  private static final int MAX_STATUSES = 10;
  private static final int MAX_VALUES = 50;
  private static final int MAX_VALUE = 100;
  private static final int MAX_QUERY = 200;

  /**
   * The parameters of a request ({@code values} answers a name's values, null when absent); 400
   * {@code validation-failed} naming every parameter that is malformed or too long.
   */
  public static ListParams from(Function<String, String @Nullable []> values) {
    List<FieldProblem> problems = new ArrayList<>();
    ListParams params =
        new ListParams(
            strings(values, "status", MAX_STATUSES, problems),
            strings(values, "type", MAX_STATUSES, problems),
            strings(values, "tag", MAX_VALUES, problems),
            uuids(values, "author", problems),
            strings(values, "channel", MAX_VALUES, problems),
            instant(values, "createdFrom", problems),
            instant(values, "createdTo", problems),
            instant(values, "updatedFrom", problems),
            instant(values, "updatedTo", problems),
            instant(values, "publishedFrom", problems),
            instant(values, "publishedTo", problems),
            query(values, problems),
            flag(values, "trashed", problems),
            single(values, "sort"),
            single(values, "order"));
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    return params;
  }

  private static @Nullable String single(
      Function<String, String @Nullable []> values, String name) {
    String[] given = values.apply(name);
    return given == null || given.length == 0 ? null : given[0];
  }

  private static @Nullable List<String> strings(
      Function<String, String @Nullable []> values,
      String name,
      int max,
      List<FieldProblem> problems) {
    String[] given = values.apply(name);
    if (given == null) {
      return null;
    }
    if (given.length > max) {
      problems.add(new FieldProblem(name, "At most " + max + " values."));
    } else if (Arrays.stream(given).anyMatch(v -> v.length() > MAX_VALUE)) {
      problems.add(new FieldProblem(name, "At most " + MAX_VALUE + " characters each."));
    }
    return List.of(given);
  }

  private static @Nullable List<UUID> uuids(
      Function<String, String @Nullable []> values, String name, List<FieldProblem> problems) {
    List<String> given = strings(values, name, MAX_VALUES, problems);
    if (given == null) {
      return null;
    }
    List<UUID> ids = new ArrayList<>(given.size());
    for (String value : given) {
      try {
        ids.add(UUID.fromString(value.strip()));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem(name, "Not a user id: " + value + "."));
        return null;
      }
    }
    return ids;
  }

  private static @Nullable Instant instant(
      Function<String, String @Nullable []> values, String name, List<FieldProblem> problems) {
    String value = single(values, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      problems.add(new FieldProblem(name, "Not an ISO-8601 instant, e.g. 2026-12-01T09:00:00Z."));
      return null;
    }
  }

  private static @Nullable String query(
      Function<String, String @Nullable []> values, List<FieldProblem> problems) {
    String q = single(values, "q");
    if (q != null && q.length() > MAX_QUERY) {
      problems.add(new FieldProblem("q", "At most " + MAX_QUERY + " characters."));
    }
    return q;
  }

  private static @Nullable Boolean flag(
      Function<String, String @Nullable []> values, String name, List<FieldProblem> problems) {
    String value = single(values, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        problems.add(new FieldProblem(name, "Either true or false."));
        yield null;
      }
    };
  }

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
