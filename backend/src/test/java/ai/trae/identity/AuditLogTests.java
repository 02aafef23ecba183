package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.support.Accounts;
import ai.trae.support.EmbeddedDatabase;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuditLogTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext app;

  @Test
  void signInsAreRecordedWithRequestContext() {
    String email = accounts.create("EDITOR");
    accounts.loginResponse(email, "wrong password for the audit");
    accounts.login(email);

    HttpResponse<String> page =
        http.get(
            "/api/v1/audit-events?action=auth.login.succeeded&limit=5",
            Accounts.bearer(accounts.tokenFor("ADMIN")));

    assertThat(page.statusCode()).isEqualTo(200);
    JsonNode first = json(page).get("items").get(0);
    assertThat(first.get("actorType").asString()).isEqualTo("user");
    assertThat(first.get("ip").asString()).isNotBlank();
    assertThat(first.get("requestId").asString()).isNotBlank();
    assertThat(first.get("summary").get("method").asString()).isEqualTo("password");
  }

  @Test
  void listIsPagedWithAnOpaqueCursor() {
    for (int i = 0; i < 3; i++) {
      accounts.loginResponse("nobody" + i + "@example.test", "x");
    }
    String[] admin = Accounts.bearer(accounts.tokenFor("ADMIN"));

    JsonNode first = json(http.get("/api/v1/audit-events?limit=2", admin));
    JsonNode second =
        json(
            http.get(
                "/api/v1/audit-events?limit=2&cursor=" + first.get("nextCursor").asString(),
                admin));

    assertThat(first.get("items")).hasSize(2);
    assertThat(second.get("items").get(0).get("id").asLong())
        .isLessThan(first.get("items").get(1).get("id").asLong());
    assertThat(http.get("/api/v1/audit-events?cursor=!!not-ours!!", admin).statusCode())
        .isEqualTo(400);
  }

  @Test
  void theApplicationCannotChangeOrDeleteAuditRows() throws Exception {
    accounts.loginResponse("nobody@example.test", "x");

    // the runtime role holds SELECT and INSERT only
    for (String sql :
        List.of(
            "update audit_events set action = 'tampered'",
            "delete from audit_events",
            "truncate audit_events")) {
      assertThatThrownBy(() -> jdbc.sql(sql).update())
          .as(sql)
          .rootCause()
          .hasMessageContaining("permission denied");
    }
    // and the owner, who may, is still stopped by the triggers
    try (var owner = EmbeddedDatabase.owner(app);
        var statement = owner.createStatement()) {
      assertThatThrownBy(() -> statement.execute("update audit_events set action = 'tampered'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> statement.execute("delete from audit_events"))
          .hasMessageContaining("append-only");
    }
  }

  /**
   * The one UPDATE the runtime role keeps is the chainer's: linking an unlinked row, once. It
   * cannot relink a row, unlink it, or insert a row already linked.
   */
  @Test
  void theApplicationCanLinkARowOnlyOnceAndNothingElse() {
    accounts.loginResponse("nobody@example.test", "x");
    assertThat(
            json(http.get(
                    "/api/v1/audit-events/verify", Accounts.bearer(accounts.tokenFor("ADMIN"))))
                .get("valid")
                .asBoolean())
        .isTrue();
    long linked = jdbc.sql("select max(id) from audit_events").query(Long.class).single();

    for (String sql :
        List.of(
            "update audit_events set hash = '\\x00' where id = " + linked,
            "update audit_events set chain_seq = null, prev_hash = null, hash = null where id = "
                + linked,
            "update audit_events set chain_seq = chain_seq + 1000000 where id = " + linked,
            "insert into audit_events (occurred_at, actor_type, action, chain_seq, hash)"
                + " values (now(), 'system', 'forged', 999999, '\\x00')")) {
      assertThatThrownBy(() -> jdbc.sql(sql).update())
          .as(sql)
          .rootCause()
          .hasMessageContaining("audit_events");
    }
  }

  /**
   * Rows are linked after commit, so an attacker might rewrite a row, wipe its links and those
   * after it, and let the chainer link the rewrite as if it were the original. The content MAC each
   * row got when it was written gives it away.
   */
  @Test
  void verifyFindsARowRewrittenAndUnlinkedForTheChainerToLinkAgain() throws Exception {
    for (int i = 0; i < 3; i++) {
      accounts.loginResponse("relinked" + i + "@example.test", "x");
    }
    String[] admin = Accounts.bearer(accounts.tokenFor("ADMIN"));
    long victim = jdbc.sql("select max(id) - 1 from audit_events").query(Long.class).single();

    whileTampered(
        () -> {
          JsonNode result = json(http.get("/api/v1/audit-events/verify", admin));
          assertThat(result.get("valid").asBoolean()).as(result.toString()).isFalse();
          assertThat(result.get("firstBrokenId").asLong()).isEqualTo(victim);
          assertThat(result.get("reason").asString()).isEqualTo("altered");
          assertThat(result.get("pending").asLong()).isZero();
        },
        "update audit_events set ip = '10.6.6.6' where id = " + victim,
        """
        update audit_events set chain_seq = null, prev_hash = null, hash = null
        where chain_seq >= (select chain_seq from audit_events where id = %d)
        """
            .formatted(victim));
  }

  @Test
  void verifyFindsARowAlteredBehindTheApplicationsBack() throws Exception {
    accounts.loginResponse("first@example.test", "x");
    accounts.loginResponse("second@example.test", "x");
    String[] admin = Accounts.bearer(accounts.tokenFor("ADMIN"));
    JsonNode before = json(http.get("/api/v1/audit-events/verify", admin));
    assertThat(before.get("valid").asBoolean()).as(before.toString()).isTrue();
    long victim = jdbc.sql("select max(id) - 1 from audit_events").query(Long.class).single();

    // a superuser bypassing the trigger, as an attacker with database access would
    whileTampered(
        () -> {
          JsonNode after = json(http.get("/api/v1/audit-events/verify", admin));
          assertThat(after.get("valid").asBoolean()).isFalse();
          assertThat(after.get("firstBrokenId").asLong()).isEqualTo(victim);
          assertThat(after.get("reason").asString()).isEqualTo("altered");
          // every row is checked (ids may skip values: a rolled-back entry's id is not reused)
          assertThat(after.get("checked").asLong())
              .isEqualTo(jdbc.sql("select count(*) from audit_events").query(Long.class).single());
        },
        "update audit_events set ip = '10.6.6.6' where id = " + victim);
    assertThat(json(http.get("/api/v1/audit-events/verify", admin)).get("valid").asBoolean())
        .isTrue();
  }

  /**
   * The attack the plain SHA-256 chain could not see: remove a row, then recompute every later hash
   * with the database's own digest function. Without the key, the rewrite shows at the first
   * recomputed row, whether the attacker keeps the key id or drops it.
   */
  @Test
  void verifyFindsARowDeletedAndTheChainRecomputedWithSql() throws Exception {
    for (int i = 0; i < 4; i++) {
      accounts.loginResponse("victim" + i + "@example.test", "x");
    }
    String[] admin = Accounts.bearer(accounts.tokenFor("ADMIN"));
    long last = jdbc.sql("select max(id) from audit_events").query(Long.class).single();
    long victim = last - 2;

    whileTampered(
        () -> {
          JsonNode result = json(http.get("/api/v1/audit-events/verify", admin));
          assertThat(result.get("valid").asBoolean()).isFalse();
          assertThat(result.get("firstBrokenId").asLong()).isEqualTo(victim + 1);
          assertThat(result.get("reason").asString()).isEqualTo("altered");
        },
        "delete from audit_events where id = " + victim,
        RECOMPUTE_FROM.formatted(victim, "mac_key_id"));

    // or pretends every row predates the keyed chain
    whileTampered(
        () -> {
          JsonNode result = json(http.get("/api/v1/audit-events/verify", admin));
          assertThat(result.get("valid").asBoolean()).isFalse();
          assertThat(result.get("firstBrokenId").asLong())
              .isEqualTo(jdbc.sql("select min(id) from audit_events").query(Long.class).single());
          assertThat(result.get("reason").asString()).isEqualTo("unkeyed");
        },
        "delete from audit_events where id = " + victim,
        RECOMPUTE_FROM.formatted(0, "null"));
  }

  /**
   * Re-links every row after id %1$s with the database's own SHA-256 digest function, which was
   * enough to fool verification before the chain was keyed; %2$s is what mac_key_id becomes.
   */
  private static final String RECOMPUTE_FROM =
      """
      do $$
      declare r record; previous bytea;
      begin
        select hash into previous from audit_events where id <= %1$s order by id desc limit 1;
        for r in select * from audit_events where id > %1$s order by id loop
          update audit_events set prev_hash = previous, mac_key_id = %2$s,
              hash = audit_event_digest(previous, r.occurred_at, r.actor_type, r.actor_id,
                  r.actor_name, r.action, r.target_type, r.target_id, r.ip, r.user_agent,
                  r.request_id, r.summary)
          where id = r.id returning hash into previous;
        end loop;
      end
      $$
      """;

  /**
   * Changes the log as a superuser bypassing the triggers would, runs the checks, then puts the log
   * back as it was, so that other tests sharing this database see an intact chain.
   */
  private void whileTampered(ThrowingRunnable checks, String... statements) throws Exception {
    try (var connection = EmbeddedDatabase.superuser(app);
        var statement = connection.createStatement()) {
      statement.execute("set session_replication_role = replica");
      statement.execute("create temporary table untouched as select * from audit_events");
      for (String sql : statements) {
        statement.execute(sql);
      }
      try {
        checks.run();
      } finally {
        statement.execute(
            """
            delete from audit_events where id <= (select max(id) from untouched);
            insert into audit_events overriding system value select * from untouched;
            """);
        statement.execute("set session_replication_role = origin");
      }
    }
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void exportsNdjsonAndCsv() {
    accounts.loginResponse("=cmd|'/c calc'!A1@example.test", "x");
    String[] admin = Accounts.bearer(accounts.tokenFor("ADMIN"));

    HttpResponse<String> ndjson = http.get("/api/v1/audit-events/export?format=ndjson", admin);
    HttpResponse<String> csv = http.get("/api/v1/audit-events/export?format=csv", admin);

    assertThat(ndjson.statusCode()).isEqualTo(200);
    ndjson.body().lines().forEach(line -> assertThat(Http.json(line)).isNotNull());
    assertThat(csv.body()).startsWith("id,occurredAt,actorType");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("trae-audit.csv");
  }
}
