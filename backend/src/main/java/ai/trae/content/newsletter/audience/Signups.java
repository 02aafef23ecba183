package ai.trae.content.newsletter.audience;

import ai.trae.content.newsletter.audience.Subscriber.Status;
import ai.trae.platform.jobs.Jobs;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public signup with double opt-in. Whatever the address's state, the caller learns nothing: the
 * answer is the same and any mail goes out later from a job, so neither content nor timing tells
 * who is subscribed. A new or unsubscribed address becomes pending and is mailed a confirmation
 * link; a pending one gets a fresh link; a confirmed, bounced or complained one gets nothing.
 */
@Service
public class Signups {

  private final NewsletterLists lists;
  private final Subscribers subscribers;
  private final Jobs jobs;
  private final OneTimeTask<String> confirmationTask;
  private final Clock clock;

  Signups(
      NewsletterLists lists,
      Subscribers subscribers,
      Jobs jobs,
      @Qualifier("newsletterConfirmationTask") OneTimeTask<String> confirmationTask,
      Clock clock) {
    this.lists = lists;
    this.subscribers = subscribers;
    this.jobs = jobs;
    this.confirmationTask = confirmationTask;
    this.clock = clock;
  }

  /**
   * @param email normalised
   */
  @Transactional
  public void signup(UUID listId, String email, @Nullable String name) {
    lists.get(listId);
    Subscriber existing = subscribers.findByEmail(listId, email).orElse(null);
    if (existing == null) {
      subscribers
          .insert(listId, email, name, Status.PENDING, "signup")
          .ifPresent(added -> queueConfirmation(added.id()));
      return;
    }
    if ((existing.status() == Status.PENDING || existing.status() == Status.UNSUBSCRIBED)
        && subscribers.markPending(existing.id(), name)) {
      queueConfirmation(existing.id());
    }
  }

  /**
   * Adds an address for an administrator: confirmed when they vouch for its consent, else pending
   * with a confirmation mail.
   *
   * @param email normalised
   */
  @Transactional
  public Subscriber add(UUID listId, String email, @Nullable String name, boolean confirmed) {
    lists.get(listId);
    Subscriber added =
        subscribers.add(
            listId, email, name, confirmed ? Status.CONFIRMED : Status.PENDING, "admin");
    if (!confirmed) {
      queueConfirmation(added.id());
    }
    return added;
  }

  /** Queues the confirmation mail in the caller's transaction (one per subscriber at a time). */
  void queueConfirmation(UUID subscriberId) {
    String id = subscriberId.toString();
    jobs.schedule(confirmationTask, id, id, clock.instant());
  }
}
