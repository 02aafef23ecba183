package ai.trae.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Run by the owner around every migration: the runtime role may read and write the rows of every
 * table, today's and those of migrations to come (default privileges), and nothing else: no DDL, no
 * TRUNCATE, no writes to Flyway's history. A module takes away more in its own {@code afterMigrate}
 * callback (the audit log allows only SELECT and INSERT). With one user for both, there is nothing
 * to grant.
 */
final class RuntimeRoleGrants implements Callback {

  private final Supplier<String> runtimeRole;

  RuntimeRoleGrants(Supplier<String> runtimeRole) {
    this.runtimeRole = runtimeRole;
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    Connection connection = context.getConnection();
    try (Statement s = connection.createStatement()) {
      String runtime = runtimeRole.get();
      if (runtime.equals(LeastPrivilegeMigrations.currentUser(connection))) {
        return;
      }
      String role = LeastPrivilegeMigrations.quoteIdentifier(runtime);
      if (event == Event.BEFORE_MIGRATE) {
        s.execute("grant usage on schema public to " + role);
        s.execute(
            "alter default privileges in schema public"
                + " grant select, insert, update, delete on tables to "
                + role);
        s.execute(
            "alter default privileges in schema public grant usage, select on sequences to "
                + role);
        s.execute("grant select, insert, update, delete on all tables in schema public to " + role);
        s.execute("grant usage, select on all sequences in schema public to " + role);
      } else if (exists(connection, context.getConfiguration().getTable())) {
        s.execute(
            "revoke insert, update, delete, truncate on %s from %s"
                .formatted(
                    LeastPrivilegeMigrations.quoteIdentifier(context.getConfiguration().getTable()),
                    role));
      }
    } catch (SQLException ex) {
      throw new FlywayException("Cannot grant the runtime role its privileges", ex);
    }
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    try (var query = connection.prepareStatement("select to_regclass(?) is not null")) {
      query.setString(1, LeastPrivilegeMigrations.quoteIdentifier(table));
      try (var rs = query.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  @Override
  public String getCallbackName() {
    return "runtime role grants";
  }
}
