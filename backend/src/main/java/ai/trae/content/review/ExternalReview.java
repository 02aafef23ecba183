package ai.trae.content.review;

import ai.trae.content.ContentId;
import ai.trae.content.ContentReviewed;
import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentItems;
import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.platform.database.Ids;
import ai.trae.platform.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What someone without an account does with a share link: read the item, comment, give a verdict. A
 * link is valid until it expires or is revoked, and only while its item is out of the trash;
 * otherwise (and for a token nobody issued) every call is the same 404, so a link's state is not
 * revealed. A reviewer sees only the comments made through their link, not the team's.
 */
@Service
public class ExternalReview {

  public static final String APPROVED = "approved";
  public static final String CHANGES_REQUESTED = "changes-requested";

  /** The public page shows this many of the link's comments. */
  static final int MAX_SHOWN = 500;

  private final ShareLinks links;
  private final ContentItems items;
  private final Comments comments;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ExternalReview(
      ShareLinks links,
      ContentItems items,
      Comments comments,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.links = links;
    this.items = items;
    this.comments = comments;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  public record Opened(ShareLink link, ContentItem item, List<Comment> comments) {}

  @Transactional(readOnly = true)
  public Opened open(String token) {
    Valid valid = valid(token);
    return new Opened(valid.link(), valid.item(), comments.byLink(valid.link().id(), MAX_SHOWN));
  }

  @Transactional
  public Comment comment(String token, String name, String body, @Nullable String quote) {
    Valid valid = valid(token);
    return add(valid, name, body, quote, null);
  }

  /** Stored as a comment with the verdict, audited as the reviewer, published as an event. */
  @Transactional
  public Comment verdict(String token, String name, String verdict, @Nullable String comment) {
    if (!verdict.equals(APPROVED) && !verdict.equals(CHANGES_REQUESTED)) {
      throw new IllegalArgumentException("verdict " + verdict);
    }
    Valid valid = valid(token);
    Comment recorded = add(valid, name, comment == null ? "" : comment, null, verdict);
    audit.record(
        AuditEvent.of("content.reviewed", AuditEvent.Actor.anonymous(name))
            .target("content", valid.item().id())
            .with("title", valid.item().content().title())
            .with("verdict", verdict)
            .with("shareLink", valid.link().id())
            .with("comment", recorded.id()));
    events.publishEvent(
        new ContentReviewed(
            ContentId.of(valid.item().id()),
            verdict,
            name,
            valid.link().id(),
            recorded.id(),
            recorded.createdAt()));
    return recorded;
  }

  private Comment add(
      Valid valid, String name, String body, @Nullable String quote, @Nullable String verdict) {
    Instant now = now();
    Comment c =
        new Comment(
            Ids.newId(),
            valid.item().id(),
            null,
            name,
            valid.link().id(),
            body,
            quote,
            verdict,
            null,
            null,
            now,
            now,
            1);
    comments.insert(c);
    return c;
  }

  private record Valid(ShareLink link, ContentItem item) {}

  private Valid valid(String token) {
    if (!ShareTokens.wellFormed(token)) {
      throw invalid();
    }
    ShareLink link =
        links.byTokenHash(ShareTokens.hash(token)).orElseThrow(ExternalReview::invalid);
    if (!link.usableAt(clock.instant())) {
      throw invalid();
    }
    ContentItem item = items.byId(link.itemId()).orElseThrow(ExternalReview::invalid);
    if (item.trashed()) {
      throw invalid();
    }
    return new Valid(link, item);
  }

  private static ProblemException invalid() {
    return new ProblemException(
        ReviewProblem.SHARE_LINK_INVALID,
        "This review link does not exist, has expired or was revoked.");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
