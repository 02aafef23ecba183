package ai.trae.content.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The content_share_links table and its only writer. */
@Repository
class ShareLinks {

  private static final String COLUMNS =
      """
      l.id, l.item_id, l.label, l.created_by, l.created_at, l.expires_at, l.revoked_at,
      (select c.verdict from content_comments c
       where c.share_link_id = l.id and c.verdict is not null
       order by c.created_at desc, c.id desc limit 1) as last_verdict
      """;

  private final JdbcClient jdbc;

  ShareLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(ShareLink link, byte[] tokenHash) {
    jdbc.sql(
            """
            insert into content_share_links (id, item_id, token_hash, label, created_by,
                created_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            link.id(),
            link.itemId(),
            tokenHash,
            link.label(),
            link.createdBy(),
            Timestamp.from(link.createdAt()),
            Timestamp.from(link.expiresAt()))
        .update();
  }

  /** The link with this token hash (unique index on token_hash), usable or not. */
  Optional<ShareLink> byTokenHash(byte[] tokenHash) {
    return jdbc.sql("select " + COLUMNS + " from content_share_links l where l.token_hash = ?")
        .param(tokenHash)
        .query(ShareLinks::map)
        .optional();
  }

  Optional<ShareLink> byId(UUID itemId, UUID id) {
    return jdbc.sql(
            "select " + COLUMNS + " from content_share_links l where l.id = ? and l.item_id = ?")
        .params(id, itemId)
        .query(ShareLinks::map)
        .optional();
  }

  /**
   * The item's links, newest first (content_share_links_item_idx; each last verdict through
   * content_comments_link_idx). An item has few links, so the list comes whole, capped.
   */
  List<ShareLink> ofItem(UUID itemId, int max) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from content_share_links l where l.item_id = ?"
                + " order by l.created_at desc, l.id desc limit ?")
        .params(itemId, max)
        .query(ShareLinks::map)
        .list();
  }

  boolean revoke(UUID id, Instant at) {
    return jdbc.sql(
                "update content_share_links set revoked_at = ? where id = ? and revoked_at is null")
            .params(Timestamp.from(at), id)
            .update()
        == 1;
  }

  private static ShareLink map(ResultSet rs, int row) throws SQLException {
    Timestamp revoked = rs.getTimestamp("revoked_at");
    return new ShareLink(
        rs.getObject("id", UUID.class),
        rs.getObject("item_id", UUID.class),
        rs.getString("label"),
        rs.getObject("created_by", UUID.class),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("expires_at").toInstant(),
        revoked == null ? null : revoked.toInstant(),
        rs.getString("last_verdict"));
  }
}
