package ai.trae.content.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The one writer of {@code content_media}. */
@Repository
class MediaRows {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<Media.Variant>> VARIANTS = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, sha256, file_name, media_type, kind, size, width, height, alt_text, variants,"
          + " created_by, created_at, updated_at, version";

  private final JdbcClient jdbc;

  MediaRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when a row with this SHA-256 exists already (a concurrent upload of the same bytes). */
  boolean insert(Media m) {
    return jdbc.sql(
                "insert into content_media (id, sha256, file_name, media_type, kind, size, width,"
                    + " height, alt_text, variants, created_by, created_at, updated_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)"
                    + " on conflict (sha256) do nothing")
            .params(
                m.id(),
                m.sha256(),
                m.fileName(),
                m.mediaType(),
                m.kind().value(),
                m.size(),
                m.width(),
                m.height(),
                m.altText(),
                JSON.writeValueAsString(m.variants()),
                m.createdBy(),
                Timestamp.from(m.createdAt()),
                Timestamp.from(m.updatedAt()),
                m.version())
            .update()
        == 1;
  }

  Optional<Media> byId(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from content_media where id = ?")
        .param(id)
        .query(MediaRows::map)
        .optional();
  }

  Optional<Media> bySha256(String sha256) {
    return jdbc.sql("select " + COLUMNS + " from content_media where sha256 = ?")
        .param(sha256)
        .query(MediaRows::map)
        .optional();
  }

  List<Media> byIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from content_media where id = any(?)")
        .param(ids.toArray(UUID[]::new))
        .query(MediaRows::map)
        .list();
  }

  /**
   * One page, newest first: {@code content_media_created_idx}, or {@code
   * content_media_kind_created_idx} with a kind; a {@code q} is served by the trigram index.
   */
  List<Media> page(
      @Nullable MediaKind kind,
      @Nullable String q,
      @Nullable Instant afterCreatedAt,
      @Nullable UUID afterId,
      int fetch) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from content_media where true");
    List<Object> params = new ArrayList<>();
    if (kind != null) {
      sql.append(" and kind = ?");
      params.add(kind.value());
    }
    if (q != null && !q.isBlank()) {
      sql.append(" and lower(file_name || ' ' || alt_text) like ? escape '\\'");
      params.add("%" + likeEscaped(q.strip().toLowerCase(java.util.Locale.ROOT)) + "%");
    }
    if (afterCreatedAt != null && afterId != null) {
      sql.append(" and (created_at, id) < (?, ?)");
      params.add(Timestamp.from(afterCreatedAt));
      params.add(afterId);
    }
    sql.append(" order by created_at desc, id desc limit ?");
    params.add(fetch);
    return jdbc.sql(sql.toString()).params(params).query(MediaRows::map).list();
  }

  /**
   * False when the alt text changed after {@code expectedVersion}, the version is not one the row
   * has had, or the row is gone. Changes that leave the alt text alone (the variants job) do not
   * fail the edit: whoever read {@code expectedVersion} saw the alt text being replaced.
   */
  boolean updateAltText(UUID id, String altText, long expectedVersion, Instant at) {
    return jdbc.sql(
                "update content_media set alt_text = ?, updated_at = ?, version = version + 1,"
                    + " alt_text_version = version + 1"
                    + " where id = ? and alt_text_version <= ? and version >= ?")
            .params(altText, Timestamp.from(at), id, expectedVersion, expectedVersion)
            .update()
        == 1;
  }

  void setVariants(UUID id, List<Media.Variant> variants, Instant at) {
    jdbc.sql(
            "update content_media set variants = ?::jsonb, updated_at = ?, version = version + 1"
                + " where id = ?")
        .params(JSON.writeValueAsString(variants), Timestamp.from(at), id)
        .update();
  }

  boolean delete(UUID id) {
    return jdbc.sql("delete from content_media where id = ?").param(id).update() == 1;
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Media map(ResultSet rs, int row) throws SQLException {
    return new Media(
        rs.getObject("id", UUID.class),
        rs.getString("sha256"),
        rs.getString("file_name"),
        rs.getString("media_type"),
        MediaKind.parse(rs.getString("kind")).orElseThrow(),
        rs.getLong("size"),
        rs.getObject("width", Integer.class),
        rs.getObject("height", Integer.class),
        rs.getString("alt_text"),
        JSON.readValue(rs.getString("variants"), VARIANTS),
        rs.getObject("created_by", UUID.class),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getLong("version"));
  }
}
