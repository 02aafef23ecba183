package ai.trae.content.newsletter;

import ai.trae.content.newsletter.audience.NewsletterLists;
import ai.trae.content.newsletter.sending.Editions;
import java.util.Optional;
import java.util.UUID;
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

  /** The list's edition made with this idempotency key, if there is one. */
  public Optional<Edition> edition(UUID listId, String idempotencyKey) {
    return editions.findByKey(listId, idempotencyKey);
  }

  /** Whether the list exists (a channel may name one that was deleted since). */
  public boolean listExists(UUID listId) {
    return lists.find(listId).isPresent();
  }
}
