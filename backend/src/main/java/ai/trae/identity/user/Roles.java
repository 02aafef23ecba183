package ai.trae.identity.user;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roles and the permissions they grant. */
@Repository
public class Roles {

  private final JdbcClient jdbc;

  Roles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Role> byName(String name) {
    return jdbc.sql("select name, built_in, permissions, mfa_required from roles where name = ?")
        .param(name)
        .query(
            (rs, n) ->
                new Role(
                    rs.getString("name"),
                    rs.getBoolean("built_in"),
                    List.of((String[]) rs.getArray("permissions").getArray()),
                    rs.getBoolean("mfa_required")))
        .optional();
  }

  public record Role(String name, boolean builtIn, List<String> permissions, boolean mfaRequired) {}
}
