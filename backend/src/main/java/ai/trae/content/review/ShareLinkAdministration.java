package ai.trae.content.review;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.Editor;
import ai.trae.content.item.Items;
import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.identity.Permissions;
import ai.trae.platform.database.Ids;
import ai.trae.platform.mail.PublicLinks;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share links for an item, managed by a reviewer (content:review) or by the item's own author
 * (content:write-own). Creating and revoking one is audited: a link lets someone without an account
 * read the item.
 */
@Service
public class ShareLinkAdministration {

  /** An item's links are listed whole; nobody needs more than this many. */
  static final int MAX_LISTED = 200;

  private final Items items;
  private final ShareLinks links;
  private final PublicLinks publicLinks;
  private final AuditLog audit;
  private final Clock clock;

  ShareLinkAdministration(
      Items items, ShareLinks links, PublicLinks publicLinks, AuditLog audit, Clock clock) {
    this.items = items;
    this.links = links;
    this.publicLinks = publicLinks;
    this.audit = audit;
    this.clock = clock;
  }

  /** A new link and its token, which is shown this once and never stored. */
  public record Created(ShareLink link, String token, String url) {}

  @Transactional
  public Created create(UUID itemId, @Nullable String label, Duration validFor, Editor editor) {
    ContentItem item = mayShare(itemId, editor);
    String token = ShareTokens.generate();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    ShareLink link =
        new ShareLink(
            Ids.newId(), item.id(), label, editor.userId(), now, now.plus(validFor), null, null);
    links.insert(link, ShareTokens.hash(token));
    audit.record(
        AuditEvent.of(
                "content.share-link.created", AuditEvent.Actor.user(editor.userId(), editor.name()))
            .target("content", item.id())
            .with("shareLink", link.id())
            .with("expiresAt", link.expiresAt().toString()));
    return new Created(link, token, publicLinks.to("/review/" + token));
  }

  @Transactional(readOnly = true)
  public List<ShareLink> list(UUID itemId, Editor editor) {
    mayShare(itemId, editor);
    return links.ofItem(itemId, MAX_LISTED);
  }

  /** Revoking a revoked link changes nothing and succeeds. */
  @Transactional
  public void revoke(UUID itemId, UUID linkId, Editor editor) {
    mayShare(itemId, editor);
    ShareLink link =
        links
            .byId(itemId, linkId)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ReviewProblem.SHARE_LINK_NOT_FOUND,
                        "There is no share link " + linkId + "."));
    if (links.revoke(link.id(), clock.instant())) {
      audit.record(
          AuditEvent.of(
                  "content.share-link.revoked",
                  AuditEvent.Actor.user(editor.userId(), editor.name()))
              .target("content", itemId)
              .with("shareLink", link.id()));
    }
  }

  private ContentItem mayShare(UUID itemId, Editor editor) {
    ContentItem item = items.get(itemId);
    boolean own = editor.can(Permissions.CONTENT_WRITE_OWN) && item.writtenBy(editor.userId());
    if (!editor.can(Permissions.CONTENT_REVIEW) && !own) {
      throw new ProblemException(
          PlatformProblem.FORBIDDEN,
          "Share links are managed by reviewers (content:review) and by the item's authors.");
    }
    return item;
  }
}
