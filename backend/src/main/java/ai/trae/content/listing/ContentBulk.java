package ai.trae.content.listing;

import ai.trae.content.item.Editor;
import ai.trae.content.item.Items;
import ai.trae.content.item.VersionSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * One action on many items. Each item goes through the item service on its own, in its own
 * transaction, with the same permission checks, version, audit entry and event as a single change
 * (source {@code bulk}); an item that is refused (not found, not the caller's, an illegal
 * transition) is reported with its problem and the others still change. Deliberately not one
 * transaction: a bulk call over 500 items would otherwise hold 500 row locks, and one refusal would
 * undo every other change.
 */
@Service
public class ContentBulk {

  /** The most ids one call takes. */
  public static final int MAX_IDS = 500;

  private final Items items;

  ContentBulk(Items items) {
    this.items = items;
  }

  /** An item the action was refused for, with the problem a single call would have answered. */
  public record Failure(UUID id, int status, String title, String detail) {}

  /**
   * @param updated every id now in the state asked for, in the order given
   */
  public record Result(List<UUID> updated, List<Failure> failed) {}

  /**
   * @param tags the tags to add or remove ({@code tag}, {@code untag})
   * @param authorId the new author ({@code assign})
   */
  public Result apply(
      BulkAction action,
      List<UUID> ids,
      List<String> tags,
      @Nullable UUID authorId,
      Editor editor) {
    List<UUID> updated = new ArrayList<>();
    List<Failure> failed = new ArrayList<>();
    for (UUID id : new LinkedHashSet<>(ids)) {
      try {
        switch (action) {
          case ARCHIVE ->
              items.transition(id, "archive", null, null, null, editor, VersionSource.BULK);
          case TRASH -> items.trash(id, editor);
          case TAG -> items.tag(id, tags, editor, VersionSource.BULK);
          case UNTAG -> items.untag(id, tags, editor, VersionSource.BULK);
          case ASSIGN -> items.assign(id, requireAuthor(authorId), editor, VersionSource.BULK);
        }
        updated.add(id);
      } catch (ErrorResponseException refused) {
        ProblemDetail problem = refused.getBody();
        failed.add(
            new Failure(
                id,
                problem.getStatus(),
                String.valueOf(problem.getTitle()),
                String.valueOf(problem.getDetail())));
      }
    }
    return new Result(List.copyOf(updated), List.copyOf(failed));
  }

  private static UUID requireAuthor(@Nullable UUID authorId) {
    if (authorId == null) {
      throw new IllegalArgumentException("assign needs an author");
    }
    return authorId;
  }
}
