package ai.trae.content.version;

import ai.trae.content.ContentProblem;
import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentItems;
import ai.trae.content.item.Editor;
import ai.trae.content.item.ItemAccess;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.Items;
import ai.trae.content.version.Snapshots.Snapshot;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.IfMatch;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading an item's history: its versions, one version's content, what changed between two. An
 * unknown item is 404 content-not-found, an unknown (or pruned) version 404 version-not-found.
 */
@Service
public class VersionHistory {

  private final ContentItems items;
  private final Items writer;
  private final Versions versions;

  VersionHistory(ContentItems items, Items writer, Versions versions) {
    this.items = items;
    this.writer = writer;
    this.versions = versions;
  }

  /** A version with what it holds. */
  public record VersionContent(Version version, ItemContent content) {}

  @Transactional(readOnly = true)
  public Page<Version> page(UUID itemId, PageRequest request) {
    item(itemId);
    Integer before =
        request.after() == null ? null : Math.toIntExact(request.after().expect(1).number(0));
    return request.page(
        versions.page(itemId, before, request.fetchSize()), v -> Cursors.encode(v.number()));
  }

  @Transactional(readOnly = true)
  public VersionContent read(UUID itemId, int number) {
    item(itemId);
    Version version = versions.find(itemId, number).orElseThrow(() -> notFound(number));
    return new VersionContent(version, content(itemId, number));
  }

  @Transactional(readOnly = true)
  public VersionDiff diff(UUID itemId, int from, int to) {
    item(itemId);
    return VersionDiff.between(from, to, content(itemId, from), content(itemId, to));
  }

  /** Pinning keeps a version from retention; it takes the right to edit the item. */
  @Transactional
  public Version pin(UUID itemId, int number, boolean pinned, Editor editor) {
    if (!ItemAccess.mayEdit(editor, item(itemId))) {
      throw new ProblemException(PlatformProblem.FORBIDDEN, "You may not edit this item.");
    }
    return versions.pin(itemId, number, pinned).orElseThrow(() -> notFound(number));
  }

  /**
   * Puts version {@code number}'s content back as a new version (source restore); history is never
   * rewritten. The item service checks the editor's rights and {@code ifMatch}.
   */
  @Transactional
  public ContentItem restore(UUID itemId, int number, IfMatch ifMatch, Editor editor) {
    item(itemId);
    return writer.restore(itemId, content(itemId, number), ifMatch, editor, number);
  }

  /** The content version {@code number} holds; 404 when there is none. */
  ItemContent content(UUID itemId, int number) {
    return versions
        .snapshot(itemId, number)
        .map(Snapshot::content)
        .orElseThrow(() -> notFound(number));
  }

  /** The item, or 404 content-not-found. */
  public ContentItem item(UUID itemId) {
    return items
        .byId(itemId)
        .orElseThrow(
            () ->
                new ProblemException(
                    ContentProblem.CONTENT_NOT_FOUND, "There is no content item " + itemId + "."));
  }

  static ProblemException notFound(@Nullable Integer number) {
    return new ProblemException(
        VersionProblem.VERSION_NOT_FOUND, "The item has no version " + number + ".");
  }
}
