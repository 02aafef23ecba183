package ai.trae.content.item;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which items use a media file, for the media library's "where used" and its refusal to delete a
 * file in use. The item feature owns {@code content_items}, so the question is asked here; items in
 * the trash count, since they can be taken back out.
 */
@Service
public class MediaUsage {

  private final JdbcClient jdbc;

  MediaUsage(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param trashed whether the item is in the trash
   */
  public record UsingItem(UUID id, String type, String title, String status, boolean trashed) {}

  /** The items whose cover is this media, newest first ({@code content_items_cover_media_idx}). */
  public List<UsingItem> coverOf(UUID mediaId, int limit) {
    return jdbc.sql(
            "select id, type, title, status, trashed_at is not null as trashed from content_items"
                + " where cover_media_id = ? order by updated_at desc, id desc limit ?")
        .params(mediaId, limit)
        .query(
            (rs, n) ->
                new UsingItem(
                    rs.getObject("id", UUID.class),
                    rs.getString("type"),
                    rs.getString("title"),
                    rs.getString("status"),
                    rs.getBoolean("trashed")))
        .list();
  }
}
