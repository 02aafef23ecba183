package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuditLogTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

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
  void theApplicationCannotChangeOrDeleteAuditRows() {
    accounts.loginResponse("nobody@example.test", "x");

    assertThatThrownBy(() -> jdbc.sql("update audit_events set action = 'tampered'").update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_events").update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("truncate audit_events").update())
        .rootCause()
        .hasMessageContaining("append-only");
  }

  @Test
  void verifyFindsARowAlteredBehindTheApplicationsBack() throws Exception {
    accounts.loginResponse("first@example.test", "x");
    accounts.loginResponse("second@example.test", "x");
    String[] admin = Accounts.bearer(accounts.tokenFor("ADMIN"));
    JsonNode before = json(http.get("/api/v1/audit-events/verify", admin));
    assertThat(before.get("valid").asBoolean()).isTrue();
    long victim = jdbc.sql("select max(id) - 1 from audit_events").query(Long.class).single();

    // a superuser bypassing the trigger, as an attacker with database access would
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.execute("set session_replication_role = replica");
      statement.execute("update audit_events set ip = '10.6.6.6' where id = " + victim);
      statement.execute("set session_replication_role = origin");
    }

    JsonNode after = json(http.get("/api/v1/audit-events/verify", admin));
    assertThat(after.get("valid").asBoolean()).isFalse();
    assertThat(after.get("firstBrokenId").asLong()).isEqualTo(victim);
    assertThat(after.get("checked").asLong()).isGreaterThan(victim - 1);
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
