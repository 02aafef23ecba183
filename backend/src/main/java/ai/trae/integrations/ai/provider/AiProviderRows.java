package ai.trae.integrations.ai.provider;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The one writer of {@code ai_providers}. */
@Repository
class AiProviderRows {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, name, kind, base_url, api_key, models, default_models, max_concurrency,"
          + " requests_per_minute, enabled, created_by, created_at, updated_at, version";

  private final JdbcClient jdbc;

  AiProviderRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when the name is taken. */
  boolean insert(AiProvider p) {
    return jdbc.sql(
                "insert into ai_providers ("
                    + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict do nothing")
            .params(
                p.id(),
                p.name(),
                p.kind().value(),
                p.baseUrl(),
                p.apiKey(),
                p.models().toArray(String[]::new),
                JSON.writeValueAsString(p.defaultModels()),
                p.maxConcurrency(),
                p.requestsPerMinute(),
                p.enabled(),
                p.createdBy(),
                Timestamp.from(p.createdAt()),
                Timestamp.from(p.updatedAt()),
                p.version())
            .update()
        == 1;
  }

  /** Writes the editable fields when the row still has {@code expectedVersion}. */
  boolean update(AiProvider p, long expectedVersion) {
    return jdbc.sql(
                "update ai_providers set name = ?, kind = ?, base_url = ?, api_key = ?, models = ?,"
                    + " default_models = ?::jsonb, max_concurrency = ?, requests_per_minute = ?,"
                    + " enabled = ?, updated_at = ?, version = ? where id = ? and version = ?")
            .params(
                p.name(),
                p.kind().value(),
                p.baseUrl(),
                p.apiKey(),
                p.models().toArray(String[]::new),
                JSON.writeValueAsString(p.defaultModels()),
                p.maxConcurrency(),
                p.requestsPerMinute(),
                p.enabled(),
                Timestamp.from(p.updatedAt()),
                p.version(),
                p.id(),
                expectedVersion)
            .update()
        == 1;
  }

  boolean delete(UUID id) {
    return jdbc.sql("delete from ai_providers where id = ?").param(id).update() == 1;
  }

  Optional<AiProvider> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from ai_providers where id = ?")
        .param(id)
        .query(AiProviderRows::map)
        .optional();
  }

  /** By name: an installation has a handful, so the list is not paged. */
  List<AiProvider> all() {
    return jdbc.sql("select " + COLUMNS + " from ai_providers order by lower(name), id")
        .query(AiProviderRows::map)
        .list();
  }

  boolean nameTaken(String name, UUID except) {
    return jdbc.sql("select count(*) from ai_providers where lower(name) = lower(?) and id <> ?")
            .params(name, except)
            .query(Long.class)
            .single()
        > 0;
  }

  private static AiProvider map(ResultSet rs, int row) throws SQLException {
    return new AiProvider(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        ProviderKind.of(rs.getString("kind")).orElseThrow(),
        rs.getString("base_url"),
        rs.getBytes("api_key"),
        strings(rs.getArray("models")),
        JSON.readValue(rs.getString("default_models"), MAP),
        rs.getInt("max_concurrency"),
        rs.getInt("requests_per_minute"),
        rs.getBoolean("enabled"),
        rs.getObject("created_by", UUID.class),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getLong("version"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }
}
