package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import ai.trae.support.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Invitation and reset mails through a real SMTP server (GreenMail), and their links work. */
@IntegrationTest
class InvitationMailTests {

  private static final GreenMail MAIL = TestSmtp.start();
  private static final Pattern LINK =
      Pattern.compile("http://localhost:8080/[a-z-]+[/?](?:token=)?(\\S+)");

  @Autowired Http http;
  @Autowired Accounts accounts;

  Api api;

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    TestSmtp.register(registry, MAIL, "TRAE <trae@example.test>");
  }

  @AfterAll
  static void stop() {
    MAIL.stop();
  }

  @BeforeEach
  void reset() throws Exception {
    api = new Api(http);
    MAIL.purgeEmailFromAllMailboxes();
  }

  @Test
  void theInvitationMailCarriesAWorkingLink() throws Exception {
    String email = "mailed-" + UUID.randomUUID() + "@example.test";

    HttpResponse<String> invited =
        api.send(
            accounts.tokenFor("ADMIN"),
            "POST",
            "/api/v1/users/invitations",
            "{\"email\":\"%s\",\"role\":\"AUTHOR\"}".formatted(email));

    assertThat(json(invited).get("emailed").asBoolean()).isTrue();
    MimeMessage mail = MAIL.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
    assertThat(mail.getFrom()[0].toString()).isEqualTo("TRAE <trae@example.test>");
    assertThat(mail.getSubject()).isEqualTo("You are invited to TRAE");
    String body = (String) mail.getContent();
    assertThat(body).contains(json(invited).get("inviteUrl").asString());
    HttpResponse<String> accepted =
        api.anonymous(
            "POST",
            "/api/v1/invitations/accept",
            "{\"token\":\"%s\",\"displayName\":\"Mia Mail\",\"password\":\"copper tulip glacier note 31\"}"
                .formatted(token(body)));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    assertThat(accounts.loginResponse(email, "copper tulip glacier note 31").statusCode())
        .isEqualTo(200);
  }

  @Test
  void theResetMailGoesOnlyToKnownAccountsAndItsLinkWorks() throws Exception {
    String email = accounts.create("VIEWER");
    request("stranger-" + UUID.randomUUID() + "@example.test");
    request(email);

    assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
    Thread.sleep(300); // time for a stray second mail to show up, if there were one
    assertThat(MAIL.getReceivedMessages()).hasSize(1);
    MimeMessage mail = MAIL.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
    assertThat(mail.getSubject()).isEqualTo("Reset your TRAE password");

    HttpResponse<String> confirmed =
        api.anonymous(
            "POST",
            "/api/v1/auth/password-reset/confirm",
            "{\"token\":\"%s\",\"newPassword\":\"saffron bicycle canyon echo 64\"}"
                .formatted(token((String) mail.getContent())));
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);
    assertThat(accounts.loginResponse(email, "saffron bicycle canyon echo 64").statusCode())
        .isEqualTo(200);
  }

  @Test
  void withMailTheResetAnswerSaysALinkIsOnItsWay() {
    HttpResponse<String> answer =
        api.anonymous(
            "POST",
            "/api/v1/auth/password-reset/request",
            "{\"email\":\"nobody-%s@example.test\"}".formatted(UUID.randomUUID()));

    assertThat(answer.statusCode()).isEqualTo(202);
    assertThat(json(answer).get("mailConfigured").asBoolean()).isTrue();
    assertThat(json(answer).get("message").asString()).contains("on its way");
  }

  @Test
  void aResentInvitationIsMailedWithANewLinkAndTheOldOneDies() throws Exception {
    String admin = accounts.tokenFor("ADMIN");
    JsonNode invited =
        json(
            api.send(
                admin,
                "POST",
                "/api/v1/users/invitations",
                "{\"email\":\"resent-%s@example.test\",\"role\":\"VIEWER\"}"
                    .formatted(UUID.randomUUID())));
    String first = token((String) MAIL.getReceivedMessages()[0].getContent());

    HttpResponse<String> resent =
        api.send(
            admin, "POST", "/api/v1/users/" + invited.get("id").asString() + "/invitation", "");

    assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
    assertThat(json(resent).get("emailed").asBoolean()).isTrue();
    assertThat(MAIL.getReceivedMessages()).hasSize(2);
    MimeMessage mail = MAIL.getReceivedMessages()[1];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(invited.get("email").asString());
    String second = token((String) mail.getContent());
    assertThat(json(resent).get("inviteUrl").asString()).endsWith("/invite/" + second);
    assertThat(second).isNotEqualTo(first);
    assertThat(http.get("/api/v1/invitations/" + first).statusCode()).isEqualTo(404);
    assertThat(http.get("/api/v1/invitations/" + second).statusCode()).isEqualTo(200);
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

  private static String token(String body) {
    Matcher matcher = LINK.matcher(body);
    assertThat(matcher.find()).as(body).isTrue();
    return matcher.group(1);
  }
}
