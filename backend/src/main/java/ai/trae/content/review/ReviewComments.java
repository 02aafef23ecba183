package ai.trae.content.review;

import ai.trae.content.item.Editor;
import ai.trae.content.item.Items;
import ai.trae.identity.Permissions;
import ai.trae.platform.database.Ids;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team members' review comments on an item: anyone who reads the item may comment; only the author
 * of a comment edits it; the author or a reviewer (content:review) deletes it.
 */
@Service
public class ReviewComments {

  private final Items items;
  private final Comments comments;
  private final Clock clock;

  ReviewComments(Items items, Comments comments, Clock clock) {
    this.items = items;
    this.comments = comments;
    this.clock = clock;
  }

  /** Oldest first; 404 content-not-found for an unknown item. */
  @Transactional(readOnly = true)
  public Page<Comment> list(UUID itemId, PageRequest page) {
    items.get(itemId);
    Cursors.Key after = page.after();
    var rows =
        after == null
            ? comments.page(itemId, null, null, page.fetchSize())
            : comments.page(itemId, after.expect(2).instant(0), after.uuid(1), page.fetchSize());
    return page.page(rows, c -> Cursors.encode(c.createdAt(), c.id()));
  }

  @Transactional
  public Comment add(UUID itemId, String body, @Nullable String quote, Editor editor) {
    items.get(itemId);
    Instant now = now();
    Comment comment =
        new Comment(
            Ids.newId(),
            itemId,
            editor.userId(),
            null,
            null,
            body,
            quote,
            null,
            null,
            null,
            now,
            now,
            1);
    comments.insert(comment);
    return comment;
  }

  /** 403 unless the editor wrote it. */
  @Transactional
  public Comment edit(UUID itemId, UUID commentId, String body, Editor editor) {
    Comment c = find(itemId, commentId);
    if (!editor.userId().equals(c.authorId())) {
      throw new ProblemException(PlatformProblem.FORBIDDEN, "Only its author edits a comment.");
    }
    Comment edited =
        new Comment(
            c.id(),
            c.itemId(),
            c.authorId(),
            c.externalName(),
            c.shareLinkId(),
            body,
            c.quote(),
            c.verdict(),
            c.resolvedAt(),
            c.resolvedBy(),
            c.createdAt(),
            now(),
            c.version() + 1);
    comments.update(edited);
    return edited;
  }

  @Transactional
  public Comment resolve(UUID itemId, UUID commentId, boolean resolved, Editor editor) {
    Comment c = find(itemId, commentId);
    if (c.resolved() == resolved) {
      return c;
    }
    Instant now = now();
    Comment changed =
        new Comment(
            c.id(),
            c.itemId(),
            c.authorId(),
            c.externalName(),
            c.shareLinkId(),
            c.body(),
            c.quote(),
            c.verdict(),
            resolved ? now : null,
            resolved ? editor.userId() : null,
            c.createdAt(),
            now,
            c.version() + 1);
    comments.update(changed);
    return changed;
  }

  /** 403 unless the editor wrote it or reviews content. */
  @Transactional
  public void delete(UUID itemId, UUID commentId, Editor editor) {
    Comment c = find(itemId, commentId);
    if (!editor.userId().equals(c.authorId()) && !editor.can(Permissions.CONTENT_REVIEW)) {
      throw new ProblemException(
          PlatformProblem.FORBIDDEN,
          "Only its author, or a reviewer (content:review), deletes a comment.");
    }
    comments.delete(c.id());
  }

  private Comment find(UUID itemId, UUID commentId) {
    items.get(itemId);
    return comments
        .byId(itemId, commentId)
        .orElseThrow(
            () ->
                new ProblemException(
                    ReviewProblem.COMMENT_NOT_FOUND, "There is no comment " + commentId + "."));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
