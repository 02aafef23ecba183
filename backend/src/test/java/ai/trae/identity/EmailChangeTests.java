package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changing one's e-mail: a link to the new address, the change only when it is followed, a notice
 * to the old address. SMTP comes from saved instance settings (GreenMail behind them).
 */
@IntegrationTest
class EmailChangeTests {

  private static final String CHANGE = "/api/v1/me/email-change";
  private static final String CONFIRM = "/api/v1/auth/email-change/confirm";
  private static final Pattern LINK =
      Pattern.compile("http://localhost:8080/confirm-email\\?token=(\\S+)");
  private static final GreenMail MAIL =
      new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static {
    MAIL.start();
  }

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  Api api;
  String email;
  String token;

  @BeforeEach
  void setUp() throws Exception {
    api = new Api(http);
    MAIL.purgeEmailFromAllMailboxes();
    mail(true);
    email = accounts.create("AUTHOR");
    token = accounts.login(email);
  }

  @AfterEach
  void mailOff() {
    mail(false);
  }

  @AfterAll
  static void stop() {
    MAIL.stop();
  }

  @Test
  void theAddressChangesOnlyWhenTheLinkIsFollowedAndTheOldOneIsTold() throws Exception {
    String next = "new-" + UUID.randomUUID() + "@example.test";

    HttpResponse<String> asked = request(next, Accounts.PASSWORD);

    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    assertThat(json(asked).get("newEmail").asString()).isEqualTo(next);
    assertThat(asked.body()).doesNotContain("token").doesNotContain("confirm-email");
    assertThat(json(api.get(token, CHANGE)).get("newEmail").asString()).isEqualTo(next);
    assertThat(json(api.get(token, "/api/v1/me")).get("email").asString()).isEqualTo(email);
    MimeMessage confirmation = only(next);
    assertThat(confirmation.getSubject()).isEqualTo("Confirm your new TRAE e-mail address");
    String link = link((String) confirmation.getContent());

    HttpResponse<String> confirmed = api.anonymous("POST", CONFIRM, body(link));

    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    assertThat(json(confirmed).get("email").asString()).isEqualTo(next);
    assertThat(json(api.get(token, "/api/v1/me")).get("email").asString()).isEqualTo(next);
    assertThat(accounts.loginResponse(next, Accounts.PASSWORD).statusCode()).isEqualTo(200);
    assertThat(accounts.loginResponse(email, Accounts.PASSWORD).statusCode()).isEqualTo(401);
    MimeMessage notice = only(email);
    assertThat(notice.getSubject()).isEqualTo("Your TRAE e-mail address was changed");
    assertThat((String) notice.getContent()).contains(next);
    assertThat(api.get(token, CHANGE).body()).doesNotContain("newEmail");
    assertThat(audited(api.idOf(token)))
        .contains("user.email-change.requested", "user.email.changed");

    HttpResponse<String> again = api.anonymous("POST", CONFIRM, body(link));
    assertThat(Api.type(again)).isEqualTo("/problems/invalid-token");
  }

  @Test
  void aWrongPasswordIsRefusedAndNothingIsMailed() throws Exception {
    HttpResponse<String> asked = request("x-" + UUID.randomUUID() + "@example.test", "wrong one");

    assertThat(asked.statusCode()).isEqualTo(400);
    assertThat(Api.type(asked)).isEqualTo("/problems/invalid-credentials");
    Thread.sleep(200);
    assertThat(MAIL.getReceivedMessages()).isEmpty();
    // like every in-session password check: limited per user, and each failure is audited
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_events
                    where action = 'auth.reauthentication.failed'
                      and summary ->> 'purpose' = 'email-change'
                    """)
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void anAddressInUseIsRefusedWhenAskedAndWhenConfirmed() throws Exception {
    String taken = accounts.create("VIEWER");
    HttpResponse<String> asked = request(taken.toUpperCase(), Accounts.PASSWORD);
    assertThat(asked.statusCode()).isEqualTo(409);
    assertThat(Api.type(asked)).isEqualTo("/problems/email-taken");
    assertThat(json(asked).get("errors").get(0).get("field").asString()).isEqualTo("newEmail");

    String next = "race-" + UUID.randomUUID() + "@example.test";
    assertThat(request(next, Accounts.PASSWORD).statusCode()).isEqualTo(202);
    String link = link((String) only(next).getContent());
    jdbc.sql(
            "insert into users (id, email, display_name, role, status, created_at)"
                + " values (?, ?, 'Someone', 'VIEWER', 'invited', now())")
        .params(UUID.randomUUID(), next)
        .update();

    HttpResponse<String> confirmed = api.anonymous("POST", CONFIRM, body(link));
    assertThat(confirmed.statusCode()).isEqualTo(409);
    assertThat(Api.type(confirmed)).isEqualTo("/problems/email-taken");
    assertThat(json(api.get(token, "/api/v1/me")).get("email").asString()).isEqualTo(email);
  }

  @Test
  void withoutMailTheAnswerSaysSoAndCarriesNoLink() {
    mail(false);

    HttpResponse<String> asked =
        request("nomail-" + UUID.randomUUID() + "@example.test", Accounts.PASSWORD);

    assertThat(asked.statusCode()).isEqualTo(409);
    assertThat(Api.type(asked)).isEqualTo("/problems/mail-not-configured");
    assertThat(asked.body()).doesNotContain("token=").doesNotContain("confirm-email");
    assertThat(api.get(token, CHANGE).body()).doesNotContain("newEmail");
  }

  @Test
  void anExpiredOrWithdrawnLinkDoesNothing() throws Exception {
    String next = "late-" + UUID.randomUUID() + "@example.test";
    request(next, Accounts.PASSWORD);
    String expired = link((String) only(next).getContent());
    jdbc.sql(
            "update one_time_tokens set expires_at = now() - interval '1 second'"
                + " where user_id = ? and purpose = 'email-change'")
        .param(api.idOf(token))
        .update();
    assertThat(Api.type(api.anonymous("POST", CONFIRM, body(expired))))
        .isEqualTo("/problems/invalid-token");

    MAIL.purgeEmailFromAllMailboxes();
    request(next, Accounts.PASSWORD);
    String withdrawn = link((String) only(next).getContent());
    assertThat(api.send(token, "DELETE", CHANGE, "").statusCode()).isEqualTo(204);
    assertThat(Api.type(api.anonymous("POST", CONFIRM, body(withdrawn))))
        .isEqualTo("/problems/invalid-token");
    assertThat(json(api.get(token, "/api/v1/me")).get("email").asString()).isEqualTo(email);
  }

  private HttpResponse<String> request(String newEmail, String password) {
    return api.send(
        token,
        "POST",
        CHANGE,
        "{\"newEmail\":\"%s\",\"currentPassword\":\"%s\"}".formatted(newEmail, password));
  }

  private void mail(boolean on) {
    String body =
        on
            ? "{\"smtpHost\":\"127.0.0.1\",\"smtpPort\":%d,\"smtpStarttls\":false}"
                .formatted(MAIL.getSmtp().getPort())
            : "{}";
    HttpResponse<String> saved =
        api.send(accounts.tokenFor("OWNER"), "PUT", "/api/v1/settings/instance", body);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  private List<String> audited(UUID userId) {
    return jdbc.sql("select action from audit_events where target_id = ? order by id")
        .param(userId.toString())
        .query(String.class)
        .list();
  }

  private static MimeMessage only(String to) throws Exception {
    assertThat(MAIL.waitForIncomingEmail(5_000, 1)).isTrue();
    List<MimeMessage> mails =
        Arrays.stream(MAIL.getReceivedMessages())
            .filter(m -> recipient(m).equalsIgnoreCase(to))
            .toList();
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static String body(String link) {
    return "{\"token\":\"%s\"}".formatted(link);
  }

  private static String link(String body) {
    Matcher matcher = LINK.matcher(body);
    assertThat(matcher.find()).as(body).isTrue();
    return matcher.group(1);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
