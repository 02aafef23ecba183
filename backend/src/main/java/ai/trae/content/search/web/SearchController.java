package ai.trae.content.search.web;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.search.ContentSearch;
import ai.trae.content.search.SearchText;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Content search", description = "Full-text search with highlights")
@RestController
class SearchController {

  private final ContentSearch search;

  SearchController(ContentSearch search) {
    this.search = search;
  }

  record SearchHit(
      UUID id,
      ContentType type,
      ContentStatus status,
      String title,
      String slug,
      Instant updatedAt,
      double rank,
      String titleHighlight,
      String snippet) {

    static SearchHit from(ContentSearch.Hit hit) {
      return new SearchHit(
          hit.id(),
          hit.type(),
          hit.status(),
          hit.title(),
          hit.slug(),
          hit.updatedAt(),
          hit.rank(),
          hit.titleHighlight(),
          hit.snippet());
    }
  }

  @Operation(
      summary = "Search items (not the trash) by text, title matches first",
      description =
          "q uses web-search syntax (\"a phrase\", or, -word). Title matches come first, then"
              + " matches elsewhere, each newest change first (rank 1 and 0.5); only when nothing"
              + " matches, items with a close title word (a typo; rank below 0.4)."
              + " titleHighlight and snippet are HTML-escaped text with matches in <mark>. 400"
              + " /problems/bad-request for a q over 200 characters, an unknown type or status,"
              + " or a bad cursor.")
  @GetMapping("/api/v1/content/search")
  @RequirePermission(Permissions.CONTENT_READ)
  Page<SearchHit> search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(name = "type", required = false) @Nullable List<String> types,
      @RequestParam(name = "status", required = false) @Nullable List<String> statuses,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "25") @Min(1) @Max(100) int limit) {
    SearchText text = SearchText.of(q);
    List<ContentType> typeFilter = parse(types, ContentType::parse, "type");
    List<ContentStatus> statusFilter = parse(statuses, ContentStatus::parse, "status");
    PageRequest page = PageRequest.of(cursor, limit, 25, 100);
    if (text == null) {
      return Page.all(List.of());
    }
    return search.search(text, typeFilter, statusFilter, page).map(SearchHit::from);
  }

  private static <T> List<T> parse(
      @Nullable List<String> values, Function<String, Optional<T>> parser, String name) {
    if (values == null) {
      return List.of();
    }
    return values.stream()
        .flatMap(v -> List.of(v.split(",")).stream())
        .filter(v -> !v.isBlank())
        .map(
            v ->
                parser
                    .apply(v.strip())
                    .orElseThrow(
                        () ->
                            new ProblemException(
                                PlatformProblem.BAD_REQUEST, "Unknown " + name + ": " + v.strip())))
        .distinct()
        .toList();
  }
}
