package ai.trae.identity.admin;

import ai.trae.identity.user.User;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The user list: newest first, keyset-paged on (created_at, id) — users_list_idx — and searched by
 * e-mail or display-name prefix — the two text_pattern_ops indexes. Anonymised accounts are gone as
 * far as the list is concerned.
 */
@Component
public class UserDirectory {

  private final JdbcClient jdbc;

  UserDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Page<Listed> page(@Nullable String q, @Nullable String cursor, int limit) {
    StringBuilder sql =
        new StringBuilder(
            """
            select id, email, display_name, role, status, mfa_enabled, created_at, last_login_at
            from users where status <> 'anonymised'
            """);
    List<Object> params = new ArrayList<>();
    if (q != null && !q.isBlank()) {
      String prefix = escapeLike(q.trim().toLowerCase(Locale.ROOT)) + "%";
      sql.append(" and (lower(email) like ? or lower(display_name) like ?)");
      params.add(prefix);
      params.add(prefix);
    }
    Cursors.Key after = Cursors.decode(cursor);
    if (after != null) {
      sql.append(" and (created_at, id) < (?, ?)");
      params.add(Timestamp.from(after.expect(2).instant(0)));
      params.add(after.uuid(1));
    }
    sql.append(" order by created_at desc, id desc limit ?");
    params.add(limit + 1);
    List<Listed> rows =
        jdbc.sql(sql.toString())
            .params(params)
            .query(
                (rs, n) -> {
                  Timestamp lastLogin = rs.getTimestamp("last_login_at");
                  return new Listed(
                      rs.getObject("id", UUID.class),
                      rs.getString("email"),
                      rs.getString("display_name"),
                      rs.getString("role"),
                      User.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                      rs.getBoolean("mfa_enabled"),
                      rs.getTimestamp("created_at").toInstant(),
                      lastLogin == null ? null : lastLogin.toInstant());
                })
            .list();
    return Page.of(rows, limit, last -> Cursors.encode(last.createdAt(), last.id()));
  }

  /** LIKE treats % and _ as wildcards; a search for "a_b" means those characters. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** A user as the list shows it. */
  public record Listed(
      UUID id,
      String email,
      String displayName,
      String role,
      User.Status status,
      boolean mfaEnabled,
      Instant createdAt,
      @Nullable Instant lastLoginAt) {

    public static Listed of(User user) {
      return new Listed(
          user.id(),
          user.email(),
          user.displayName(),
          user.role(),
          user.status(),
          user.mfaEnabled(),
          user.createdAt(),
          user.lastLoginAt());
    }
  }
}
