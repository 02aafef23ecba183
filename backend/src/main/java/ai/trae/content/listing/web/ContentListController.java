package ai.trae.content.listing.web;

import ai.trae.content.item.Editor;
import ai.trae.content.listing.ContentLists;
import ai.trae.content.listing.ContentLists.Listing;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Content", description = "Content items and their workflow")
@RestController
@RequestMapping("/api/v1/content")
class ContentListController {

  private static final String FILTERS =
      " Filters: status, type, tag, author (user id), channel (each repeatable; values of one"
          + " are alternatives), createdFrom/createdTo, updatedFrom/updatedTo,"
          + " publishedFrom/publishedTo (ISO instants, from inclusive, to exclusive), q (free"
          + " text), trashed (the trash instead of the live items). 400 /problems/validation-failed"
          + " naming the parameter for an unknown status, type, sort or order.";

  private final ContentLists lists;

  ContentListController(ContentLists lists) {
    this.lists = lists;
  }

  @Operation(
      summary = "Content items, a keyset page",
      description =
          "sort: updated (default), created, published (never-published last), title; order:"
              + " desc (default) or asc."
              + FILTERS)
  @GetMapping
  @RequirePermission(Permissions.CONTENT_READ)
  Page<ItemSummary> list(
      Authentication caller,
      @ParameterObject ListParams params,
      @RequestParam @Nullable String cursor,
      @RequestParam(defaultValue = "25") @Min(1) @Max(100) int limit) {
    Listing listing =
        lists.list(
            params.filter(),
            params.sortBy(),
            params.direction(),
            PageRequest.of(cursor, limit, 25, 100));
    Editor editor = Editor.of(caller);
    return listing.page().map(item -> ItemSummary.of(item, listing.people(), editor));
  }

  @Operation(
      summary = "Facet counts for a filter",
      description =
          "Counts per status, type, tag (the 50 most frequent) and author, each under every"
              + " filter except its own, and the total under all of them."
              + FILTERS)
  @GetMapping("/facets")
  @RequirePermission(Permissions.CONTENT_READ)
  FacetsResponse facets(@ParameterObject ListParams params) {
    return FacetsResponse.from(lists.facets(params.filter()));
  }
}
