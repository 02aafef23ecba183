package ai.trae.content.newsletter.audience;

import ai.trae.content.newsletter.NewsletterProblem;
import ai.trae.platform.database.Ids;
import ai.trae.platform.web.ProblemException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one writer of {@code newsletter_lists}. */
@Service
public class NewsletterLists {

  private static final String COLUMNS =
      "id, name, description, from_name, reply_to, created_at, updated_at, version";

  private final JdbcClient jdbc;
  private final Clock clock;

  NewsletterLists(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** What a list is made or changed to. */
  public record Details(
      String name, String description, @Nullable String fromName, @Nullable String replyTo) {}

  @Transactional
  public NewsletterList create(Details details) {
    UUID id = Ids.newId();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            """
            insert into newsletter_lists
              (id, name, description, from_name, reply_to, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            details.name(),
            details.description(),
            details.fromName(),
            details.replyTo(),
            now,
            now)
        .update();
    return get(id);
  }

  public Optional<NewsletterList> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from newsletter_lists where id = ?")
        .param(id)
        .query(NewsletterLists::row)
        .optional();
  }

  /** The list, or 404 {@code /problems/newsletter-list-not-found}. */
  public NewsletterList get(UUID id) {
    return find(id)
        .orElseThrow(
            () ->
                new ProblemException(
                    NewsletterProblem.LIST_NOT_FOUND, "No newsletter list has the id " + id + "."));
  }

  /** Newest first; served by newsletter_lists_created_idx. */
  public List<NewsletterList> page(@Nullable Instant afterCreated, @Nullable UUID afterId, int n) {
    if (afterCreated == null || afterId == null) {
      return jdbc.sql(
              "select "
                  + COLUMNS
                  + " from newsletter_lists order by created_at desc, id desc limit ?")
          .param(n)
          .query(NewsletterLists::row)
          .list();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from newsletter_lists where (created_at, id) < (?, ?)"
                + " order by created_at desc, id desc limit ?")
        .params(Timestamp.from(afterCreated), afterId, n)
        .query(NewsletterLists::row)
        .list();
  }

  /** Changes the list (last writer wins: its settings are a few independent fields). */
  @Transactional
  public NewsletterList update(UUID id, Details details) {
    int updated =
        jdbc.sql(
                """
                update newsletter_lists
                set name = ?, description = ?, from_name = ?, reply_to = ?, updated_at = ?,
                    version = version + 1
                where id = ?
                """)
            .params(
                details.name(),
                details.description(),
                details.fromName(),
                details.replyTo(),
                Timestamp.from(clock.instant()),
                id)
            .update();
    if (updated == 0) {
      get(id);
    }
    return get(id);
  }

  /** Deletes the list with its subscribers and editions; false when there was none. */
  @Transactional
  public boolean delete(UUID id) {
    return jdbc.sql("delete from newsletter_lists where id = ?").param(id).update() == 1;
  }

  private static NewsletterList row(ResultSet rs, int n) throws SQLException {
    return new NewsletterList(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("description"),
        rs.getString("from_name"),
        rs.getString("reply_to"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getLong("version"));
  }
}
