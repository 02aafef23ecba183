package ai.trae.content.publishing.publication;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.Editor;
import ai.trae.content.item.Items;
import ai.trae.content.item.PublishReadiness;
import ai.trae.content.publishing.PublishingProblem;
import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.channel.ChannelDirectory;
import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval of an item for a channel that requires it, and the workflow's check that refuses to
 * schedule or publish an item to such a channel without one. The one writer of {@code
 * content_channel_approvals}.
 */
@Service
public class ChannelApprovals implements PublishReadiness {

  private final JdbcClient jdbc;
  private final ChannelDirectory channels;
  private final Items items;
  private final AuditLog audit;
  private final Clock clock;

  ChannelApprovals(
      JdbcClient jdbc, ChannelDirectory channels, Items items, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.channels = channels;
    this.items = items;
    this.audit = audit;
    this.clock = clock;
  }

  public record Approval(
      UUID itemId, UUID channelId, String channel, UUID approvedBy, Instant approvedAt) {}

  @Override
  public List<FieldProblem> problems(ContentItem item) {
    Map<String, Channel> targets = channels.findBySlugs(item.content().channels());
    if (targets.values().stream().noneMatch(Channel::requiresApproval)) {
      return List.of();
    }
    Set<UUID> approved =
        forItem(item.id()).stream().map(Approval::channelId).collect(Collectors.toSet());
    List<FieldProblem> problems = new ArrayList<>();
    for (String slug : item.content().channels()) {
      Optional.ofNullable(targets.get(slug))
          .filter(c -> c.requiresApproval() && !approved.contains(c.id()))
          .ifPresent(
              c ->
                  problems.add(
                      new FieldProblem(
                          "channels",
                          c.slug() + " requires approval before it is scheduled or published.")));
    }
    return problems;
  }

  /** By the primary key's item prefix. */
  public List<Approval> forItem(UUID itemId) {
    return jdbc.sql(
            "select a.item_id, a.channel_id, c.slug, a.approved_by, a.approved_at from"
                + " content_channel_approvals a join content_channels c on c.id = a.channel_id"
                + " where a.item_id = ? order by c.slug")
        .param(itemId)
        .query(
            (rs, n) ->
                new Approval(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getObject(4, UUID.class),
                    rs.getTimestamp(5).toInstant()))
        .list();
  }

  @Transactional
  public Approval approve(UUID itemId, String slug, Editor editor) {
    items.get(itemId);
    Channel channel = channel(slug);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    jdbc.sql(
            "insert into content_channel_approvals (item_id, channel_id, approved_by,"
                + " approved_at) values (?, ?, ?, ?) on conflict (item_id, channel_id) do update"
                + " set approved_by = excluded.approved_by, approved_at = excluded.approved_at")
        .params(itemId, channel.id(), editor.userId(), java.sql.Timestamp.from(now))
        .update();
    audit.record(
        AuditEvent.of(
                "content.channel-approved", AuditEvent.Actor.user(editor.userId(), editor.name()))
            .target("content", itemId)
            .with("channel", channel.slug()));
    return new Approval(itemId, channel.id(), channel.slug(), editor.userId(), now);
  }

  @Transactional
  public void withdraw(UUID itemId, String slug, Editor editor) {
    items.get(itemId);
    Channel channel = channel(slug);
    int removed =
        jdbc.sql("delete from content_channel_approvals where item_id = ? and channel_id = ?")
            .params(itemId, channel.id())
            .update();
    if (removed > 0) {
      audit.record(
          AuditEvent.of(
                  "content.channel-approval-withdrawn",
                  AuditEvent.Actor.user(editor.userId(), editor.name()))
              .target("content", itemId)
              .with("channel", channel.slug()));
    }
  }

  private Channel channel(String slug) {
    return channels
        .findBySlug(slug)
        .orElseThrow(
            () ->
                new ProblemException(
                    PublishingProblem.CHANNEL_NOT_FOUND, "No channel is called " + slug + "."));
  }
}
