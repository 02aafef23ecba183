package ai.trae.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A write and the audit entry that describes it commit together or not at all: when the audit
 * insert fails, the write is rolled back too, so nothing happens that the log does not show.
 */
@IntegrationTest
@TestPropertySource(
    properties = {
      // mail "configured" (nothing listens there): reset requests get as far as the audit log
      "trae.smtp.host=127.0.0.1",
      "trae.smtp.port=9",
      "trae.smtp.starttls=false"
    })
class AuditAtomicityTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @MockitoSpyBean AuditLog audit;

  Api api;

  @BeforeEach
  void api() {
    api = new Api(http);
  }

  @Test
  void aResetRequestWhoseAuditEntryFailsLeavesNoEventAndNoLink() {
    String failing = accounts.create("VIEWER");
    UUID failingId = api.idOf(accounts.login(failing));
    String working = accounts.create("VIEWER");
    UUID workingId = api.idOf(accounts.login(working));
    failFor("user.password-reset.requested", failingId);

    request(failing);
    request(working);

    // the working request shows how far a request gets: its event is in the outbox
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(publications(workingId)).isEqualTo(1));
    assertThat(publications(failingId)).isZero();
    assertThat(auditEntries("user.password-reset.requested", failingId)).isZero();
    assertThat(links(failingId)).isZero();
  }

  @Test
  void anAdministratorsResetLinkWhoseAuditEntryFailsIsNotCreated() {
    UUID id = api.idOf(accounts.login(accounts.create("AUTHOR")));
    failFor("user.password-reset.link-created", id);

    HttpResponse<String> answer =
        api.send(accounts.tokenFor("ADMIN"), "POST", "/api/v1/users/" + id + "/password-reset", "");

    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(links(id)).isZero();
  }

  @Test
  void aSignOutWhoseAuditEntryFailsLeavesTheSessionSignedIn() {
    String token = accounts.login(accounts.create("AUTHOR"));
    failFor("auth.logout", api.idOf(token));

    assertThat(api.send(token, "POST", "/api/v1/auth/logout", "").statusCode()).isEqualTo(500);

    assertThat(api.get(token, "/api/v1/me").statusCode()).isEqualTo(200);
  }

  @Test
  void endingOtherSessionsWhoseAuditEntryFailsEndsNone() {
    String email = accounts.create("AUTHOR");
    String current = accounts.login(email);
    String other = accounts.login(email);
    failFor("session.revoked-others", api.idOf(current));

    HttpResponse<String> answer =
        api.send(current, "POST", "/api/v1/me/sessions/revoke-others", "");

    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(api.get(other, "/api/v1/me").statusCode()).isEqualTo(200);
  }

  /** The audit log refuses this action about this user (as actor or target). */
  private void failFor(String action, UUID user) {
    doThrow(new IllegalStateException("audit log unavailable"))
        .when(audit)
        .record(
            argThat(
                e ->
                    e != null
                        && e.action().equals(action)
                        && (user.toString().equals(e.targetId())
                            || user.toString().equals(e.actor().id()))));
  }

  private void request(String email) {
    assertThat(
            api.anonymous(
                    "POST",
                    "/api/v1/auth/password-reset/request",
                    "{\"email\":\"%s\"}".formatted(email))
                .statusCode())
        .isEqualTo(202);
  }

  private long publications(UUID user) {
    return jdbc.sql(
            """
            select count(*) from event_publication
            where event_type = ? and serialized_event like ?
            """)
        .params(PasswordResetRequested.class.getName(), "%" + user + "%")
        .query(Long.class)
        .single();
  }

  private long auditEntries(String action, UUID target) {
    return jdbc.sql("select count(*) from audit_events where action = ? and target_id = ?")
        .params(action, target.toString())
        .query(Long.class)
        .single();
  }

  private long links(UUID user) {
    return jdbc.sql(
            "select count(*) from one_time_tokens where user_id = ? and purpose = 'password-reset'")
        .param(user)
        .query(Long.class)
        .single();
  }
}
