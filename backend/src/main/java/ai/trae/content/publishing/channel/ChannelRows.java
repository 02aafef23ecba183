package ai.trae.content.publishing.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The one writer of {@code content_channels}. */
@Repository
public class ChannelRows {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, String>> SETTINGS = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, slug, name, connector, settings, secrets, state, requires_approval, health,"
          + " health_detail, health_checked_at, credential_expires_at, created_by, created_at,"
          + " updated_at, version";

  private final JdbcClient jdbc;

  ChannelRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when the slug is taken. */
  public boolean insert(Channel c) {
    return jdbc.sql(
                "insert into content_channels ("
                    + COLUMNS
                    + ") values (?, ?, ?, ?, ?::jsonb, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (slug) do nothing")
            .params(
                c.id(),
                c.slug(),
                c.name(),
                c.connector(),
                JSON.writeValueAsString(c.settings()),
                c.secrets(),
                c.state(),
                c.requiresApproval(),
                c.health(),
                c.healthDetail(),
                ts(c.healthCheckedAt()),
                ts(c.credentialExpiresAt()),
                c.createdBy(),
                ts(c.createdAt()),
                ts(c.updatedAt()),
                c.version())
            .update()
        == 1;
  }

  /**
   * Writes what a person edits (name, settings, secrets, approval) when the row still has {@code
   * expectedVersion}; false when someone else changed it first.
   */
  public boolean update(Channel c, long expectedVersion) {
    return jdbc.sql(
                "update content_channels set name = ?, settings = ?::jsonb, secrets = ?,"
                    + " requires_approval = ?, updated_at = ?, version = ? where id = ? and version"
                    + " = ?")
            .params(
                c.name(),
                JSON.writeValueAsString(c.settings()),
                c.secrets(),
                c.requiresApproval(),
                ts(c.updatedAt()),
                c.version(),
                c.id(),
                expectedVersion)
            .update()
        == 1;
  }

  /** Connector state and health change without a person: they do not bump the ETag. */
  public void replaceState(UUID id, byte[] state) {
    jdbc.sql("update content_channels set state = ? where id = ?").params(state, id).update();
  }

  public void recordHealth(
      UUID id, String health, String detail, Instant checkedAt, @Nullable Instant expiresAt) {
    jdbc.sql(
            "update content_channels set health = ?, health_detail = ?, health_checked_at = ?,"
                + " credential_expires_at = ? where id = ?")
        .params(health, detail, ts(checkedAt), ts(expiresAt), id)
        .update();
  }

  public boolean delete(UUID id) {
    return jdbc.sql("delete from content_channels where id = ?").param(id).update() == 1;
  }

  public Optional<Channel> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from content_channels where id = ?")
        .param(id)
        .query(ChannelRows::map)
        .optional();
  }

  /** By slug: content_channels_slug_uq. */
  public Optional<Channel> findBySlug(String slug) {
    return jdbc.sql("select " + COLUMNS + " from content_channels where slug = ?")
        .param(slug)
        .query(ChannelRows::map)
        .optional();
  }

  /** Every channel by name (content_channels_name_idx); an installation has tens, not thousands. */
  public List<Channel> all() {
    return jdbc.sql("select " + COLUMNS + " from content_channels order by lower(name), id")
        .query(ChannelRows::map)
        .list();
  }

  private static Channel map(ResultSet rs, int row) throws SQLException {
    return new Channel(
        rs.getObject("id", UUID.class),
        rs.getString("slug"),
        rs.getString("name"),
        rs.getString("connector"),
        JSON.readValue(rs.getString("settings"), SETTINGS),
        rs.getBytes("secrets"),
        rs.getBytes("state"),
        rs.getBoolean("requires_approval"),
        rs.getString("health"),
        rs.getString("health_detail"),
        instant(rs.getTimestamp("health_checked_at")),
        instant(rs.getTimestamp("credential_expires_at")),
        rs.getObject("created_by", UUID.class),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getLong("version"));
  }

  private static @Nullable Timestamp ts(@Nullable Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static @Nullable Instant instant(@Nullable Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
