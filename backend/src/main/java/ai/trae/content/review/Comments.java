package ai.trae.content.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The content_comments table and its only writer. */
@Repository
class Comments {

  private final JdbcClient jdbc;

  Comments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Comment c) {
    jdbc.sql(
            """
            insert into content_comments (id, item_id, author_id, external_name, share_link_id,
                body, quote, verdict, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            c.id(),
            c.itemId(),
            c.authorId(),
            c.externalName(),
            c.shareLinkId(),
            c.body(),
            c.quote(),
            c.verdict(),
            Timestamp.from(c.createdAt()),
            Timestamp.from(c.updatedAt()),
            c.version())
        .update();
  }

  Optional<Comment> byId(UUID itemId, UUID id) {
    return jdbc.sql("select * from content_comments where id = ? and item_id = ?")
        .params(id, itemId)
        .query(Comments::map)
        .optional();
  }

  /** Writes the comment's body, resolution and (already bumped) version over the stored row. */
  void update(Comment c) {
    jdbc.sql(
            """
            update content_comments set body = ?, resolved_at = ?, resolved_by = ?,
                updated_at = ?, version = ?
            where id = ?
            """)
        .params(
            c.body(),
            ts(c.resolvedAt()),
            c.resolvedBy(),
            Timestamp.from(c.updatedAt()),
            c.version(),
            c.id())
        .update();
  }

  void delete(UUID id) {
    jdbc.sql("delete from content_comments where id = ?").param(id).update();
  }

  /** Oldest first, after (createdAt, id); served by content_comments_item_idx. */
  List<Comment> page(UUID itemId, @Nullable Instant afterAt, @Nullable UUID afterId, int rows) {
    if (afterAt == null || afterId == null) {
      return jdbc.sql(
              "select * from content_comments where item_id = ? order by created_at, id limit ?")
          .params(itemId, rows)
          .query(Comments::map)
          .list();
    }
    return jdbc.sql(
            """
            select * from content_comments where item_id = ? and (created_at, id) > (?, ?)
            order by created_at, id limit ?
            """)
        .params(itemId, Timestamp.from(afterAt), afterId, rows)
        .query(Comments::map)
        .list();
  }

  /** What one link's reviewers wrote, oldest first; served by content_comments_link_idx. */
  List<Comment> byLink(UUID linkId, int max) {
    return jdbc.sql(
            """
            select * from content_comments where share_link_id = ?
            order by created_at, id limit ?
            """)
        .params(linkId, max)
        .query(Comments::map)
        .list();
  }

  private static @Nullable Timestamp ts(@Nullable Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static Comment map(ResultSet rs, int row) throws SQLException {
    return new Comment(
        rs.getObject("id", UUID.class),
        rs.getObject("item_id", UUID.class),
        rs.getObject("author_id", UUID.class),
        rs.getString("external_name"),
        rs.getObject("share_link_id", UUID.class),
        rs.getString("body"),
        rs.getString("quote"),
        rs.getString("verdict"),
        instant(rs, "resolved_at"),
        rs.getObject("resolved_by", UUID.class),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getLong("version"));
  }
}
