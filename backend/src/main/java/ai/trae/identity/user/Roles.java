package ai.trae.identity.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roles and the permissions they grant. */
@Repository
public class Roles {

  private final JdbcClient jdbc;
  private final Users users;

  Roles(JdbcClient jdbc, Users users) {
    this.jdbc = jdbc;
    this.users = users;
  }

  public Optional<Role> byName(String name) {
    return jdbc.sql("select name, built_in, permissions, mfa_required from roles where name = ?")
        .param(name)
        .query(Roles::map)
        .optional();
  }

  /** Built-in roles first, most powerful first; then custom roles by name. */
  /** The role's permissions; none for a role that no longer exists. */
  public List<String> permissionsOf(String name) {
    return byName(name).map(Role::permissions).orElse(List.of());
  }

  public List<Role> all() {
    return jdbc.sql(
            """
            select name, built_in, permissions, mfa_required from roles
            order by not built_in,
                     array_position(array['OWNER','ADMIN','EDITOR','AUTHOR','VIEWER'], name), name
            """)
        .query(Roles::map)
        .list();
  }

  /** False when a role of that name exists already. */
  public boolean insert(Role role) {
    return jdbc.sql(
                """
                insert into roles (name, built_in, permissions, mfa_required)
                values (?, false, ?, ?) on conflict (name) do nothing
                """)
            .params(role.name(), role.permissions().toArray(String[]::new), role.mfaRequired())
            .update()
        == 1;
  }

  public void update(String name, List<String> permissions, boolean mfaRequired) {
    jdbc.sql("update roles set permissions = ?, mfa_required = ? where name = ?")
        .params(permissions.toArray(String[]::new), mfaRequired, name)
        .update();
  }

  /** Deletes a custom role; anonymised accounts that kept it fall back to VIEWER. */
  public void delete(String name) {
    users.demoteAnonymisedHolders(name);
    jdbc.sql("delete from roles where name = ? and not built_in").param(name).update();
  }

  /** Accounts (active, disabled or invited) that have the role. */
  public long holders(String name) {
    return users.holdersOf(name);
  }

  private static Role map(ResultSet rs, int row) throws SQLException {
    return new Role(
        rs.getString("name"),
        rs.getBoolean("built_in"),
        List.of((String[]) rs.getArray("permissions").getArray()),
        rs.getBoolean("mfa_required"));
  }

  public record Role(String name, boolean builtIn, List<String> permissions, boolean mfaRequired) {}
}
