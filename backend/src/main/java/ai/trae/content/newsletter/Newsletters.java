package ai.trae.content.newsletter;

import ai.trae.content.newsletter.audience.NewsletterLists;
import ai.trae.content.newsletter.sending.Editions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What other features use to send newsletters (publishing's newsletter connector). */
@Service
public class Newsletters {

  private final Editions editions;
  private final NewsletterLists lists;

  Newsletters(Editions editions, NewsletterLists lists) {
    this.editions = editions;
    this.lists = lists;
  }

  /**
   * Records the edition with one recipient per confirmed, unsuppressed subscriber of the list and
   * queues its sending, in the caller's transaction; with a key used before for the list, returns
   * that edition and queues nothing.
   *
   * @throws ai.trae.platform.web.ProblemException 404 for an unknown list
   */
  public Edition sendEdition(EditionRequest request) {
    return editions.create(request);
  }

  public Optional<Edition> edition(UUID id) {
    return editions.find(id);
  }

  /**
   * The list's editions newest first, after the previous page's last one ({@code afterCreated,
   * afterId}, both null for the first page); {@code n} at most.
   */
  public List<Edition> editions(
      UUID listId, @Nullable Instant afterCreated, @Nullable UUID afterId, int n) {
    return editions.page(listId, afterCreated, afterId, n);
  }

  /** The list's edition made with this idempotency key, if there is one. */
  public Optional<Edition> edition(UUID listId, String idempotencyKey) {
    return editions.findByKey(listId, idempotencyKey);
  }

  /** Whether the list exists (a channel may name one that was deleted since). */
  public boolean listExists(UUID listId) {
    return lists.find(listId).isPresent();
  }
}
