package ai.trae.platform.database;

import static ai.trae.platform.database.EmbeddedPostgresServer.DATABASE;
import static ai.trae.platform.database.EmbeddedPostgresServer.OWNER;
import static ai.trae.platform.database.EmbeddedPostgresServer.RUNTIME;
import static ai.trae.platform.database.EmbeddedPostgresServer.SUPERUSER;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run as the superuser on every start, idempotently: the owner and runtime roles with their current
 * passwords, the database owned by the owner, and (for a database created by an older version)
 * every object handed from the superuser to the owner. Grants to the runtime role are the owner's
 * business and happen with the migrations ({@link RuntimeRoleGrants}).
 */
final class EmbeddedRoles {

  private final EmbeddedPostgresServer server;

  EmbeddedRoles(EmbeddedPostgresServer server) {
    this.server = server;
  }

  void provision() throws SQLException {
    EmbeddedCredentials credentials = server.credentials();
    try (Connection c = server.superuser("postgres");
        Statement s = c.createStatement()) {
      ensureRole(s, OWNER, credentials.owner());
      ensureRole(s, RUNTIME, credentials.runtime());
      boolean exists =
          s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'").next();
      s.execute(
          exists
              ? "alter database %s owner to %s".formatted(DATABASE, OWNER)
              : "create database %s owner %s".formatted(DATABASE, OWNER));
      s.execute("revoke all on database %s from public".formatted(DATABASE));
      s.execute("grant connect, temporary on database %s to %s".formatted(DATABASE, RUNTIME));
    }
    try (Connection c = server.superuser(DATABASE);
        Statement s = c.createStatement()) {
      s.execute(HAND_OVER_TO_OWNER);
    }
  }

  private static void ensureRole(Statement s, String role, String password) throws SQLException {
    if (!s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'").next()) {
      s.execute("create role " + role);
    }
    s.execute(
        ("alter role %s with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                + " password '%s'")
            .formatted(role, ScramVerifier.of(password)));
  }

  /**
   * Tables first (their identity sequences and row types follow them), then what is left. Objects
   * of a fresh install already belong to the owner, so this finds nothing there.
   */
  private static final String HAND_OVER_TO_OWNER =
      """
      do $$
      declare o record;
      begin
        for o in select c.oid::regclass as name, c.relkind from pg_class c
                 where c.relnamespace = 'public'::regnamespace
                   and c.relowner = '%1$s'::regrole and c.relkind in ('r', 'p', 'f', 'v', 'm')
                 order by c.relkind
        loop
          execute format('alter %%s %%s owner to %2$s',
              case o.relkind when 'v' then 'view' when 'm' then 'materialized view'
                             when 'f' then 'foreign table' else 'table' end, o.name);
        end loop;
        for o in select c.oid::regclass as name from pg_class c
                 where c.relnamespace = 'public'::regnamespace
                   and c.relowner = '%1$s'::regrole and c.relkind = 'S'
        loop
          execute format('alter sequence %%s owner to %2$s', o.name);
        end loop;
        for o in select p.oid::regprocedure as name from pg_proc p
                 where p.pronamespace = 'public'::regnamespace and p.proowner = '%1$s'::regrole
        loop
          execute format('alter routine %%s owner to %2$s', o.name);
        end loop;
        for o in select t.oid::regtype as name, t.typtype from pg_type t
                 where t.typnamespace = 'public'::regnamespace and t.typowner = '%1$s'::regrole
                   and t.typtype in ('e', 'd', 'r')
        loop
          execute format('alter %%s %%s owner to %2$s',
              case o.typtype when 'd' then 'domain' else 'type' end, o.name);
        end loop;
      end
      $$
      """
          .formatted(SUPERUSER, OWNER);
}
