package ai.trae.content.transfer;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentItems;
import ai.trae.content.listing.ContentListing;
import ai.trae.content.listing.ListFilter;
import ai.trae.content.listing.ListSort;
import ai.trae.content.listing.ListSort.Order;
import ai.trae.content.listing.ListedItem;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Writes items as a zip of {@code <type>/<slug>.md} files straight to the response, a page at a
 * time: the list's keyset query (and its indexes) picks the items, one query per page loads them
 * whole, so memory holds one page, never the zip.
 */
@Service
public class ContentExport {

  static final int PAGE = 100;

  private final ContentListing listing;
  private final ContentItems items;

  ContentExport(ContentListing listing, ContentItems items) {
    this.listing = listing;
    this.items = items;
  }

  /** The items the list shows for {@code filter}, newest update first. */
  public void write(ListFilter filter, OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      String cursor = null;
      do {
        Page<ListedItem> page =
            listing.page(
                filter, ListSort.UPDATED, Order.DESC, PageRequest.of(cursor, PAGE, PAGE, PAGE));
        entries(zip, page.items().stream().map(l -> l.item().id()).toList());
        cursor = page.nextCursor();
      } while (cursor != null);
    }
  }

  /** The items with these ids (a selection in the list), in the order given. */
  public void write(List<UUID> ids, OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (int from = 0; from < ids.size(); from += PAGE) {
        entries(zip, ids.subList(from, Math.min(ids.size(), from + PAGE)));
      }
    }
  }

  private void entries(ZipOutputStream zip, Collection<UUID> ids) throws IOException {
    Map<UUID, ContentItem> loaded =
        items.byIds(ids).stream().collect(Collectors.toMap(ContentItem::id, Function.identity()));
    for (UUID id : ids) {
      @Nullable ContentItem item = loaded.get(id);
      if (item != null) {
        zip.putNextEntry(new ZipEntry(MarkdownFiles.path(item)));
        zip.write(MarkdownFiles.write(item).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    zip.flush();
  }
}
