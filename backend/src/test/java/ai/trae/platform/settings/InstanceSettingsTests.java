package ai.trae.platform.settings;

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
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Instance settings saved over the API apply at once (no restart) to mail and links, keep the SMTP
 * password sealed, and are audited. No TRAE_SMTP_* or TRAE_PUBLIC_URL here: saved values apply.
 */
@IntegrationTest
class InstanceSettingsTests {

  private static final String INSTANCE = "/api/v1/settings/instance";
  private static final GreenMail MAIL =
      new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static {
    MAIL.setUser("mailer", "s3cret-smtp-pass");
    MAIL.start();
  }

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  Api api;
  String admin;

  @BeforeEach
  void setUp() throws Exception {
    api = new Api(http);
    admin = accounts.tokenFor("ADMIN");
    MAIL.purgeEmailFromAllMailboxes();
  }

  /** The application context is shared with other tests: leave the defaults behind. */
  @AfterEach
  void restoreDefaults() {
    assertThat(api.send(admin, "PUT", INSTANCE, "{}").statusCode()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    MAIL.stop();
  }

  @Test
  void theSiteNameIsPublicAndChangesAtOnce() {
    assertThat(json(api.anonymous("GET", "/api/v1/settings/public", "")).get("siteName").asString())
        .isEqualTo("TRAE");

    HttpResponse<String> saved = api.send(admin, "PUT", INSTANCE, "{\"siteName\":\"Acme Studio\"}");

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    HttpResponse<String> open = api.anonymous("GET", "/api/v1/settings/public", "");
    assertThat(open.statusCode()).isEqualTo(200);
    assertThat(json(open).get("siteName").asString()).isEqualTo("Acme Studio");
    assertThat(open.body()).doesNotContain("smtp").doesNotContain("publicUrl");
  }

  @Test
  void savedSmtpSendsMailWithoutARestartAndThePasswordIsNeverReturned() throws Exception {
    HttpResponse<String> saved = saveSmtp(MAIL.getSmtp().getPort(), "s3cret-smtp-pass");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

    JsonNode settings = json(api.get(admin, INSTANCE));
    assertThat(settings.get("mailConfigured").asBoolean()).isTrue();
    assertThat(settings.get("smtpSource").asString()).isEqualTo("saved");
    assertThat(settings.get("smtpPasswordSet").asBoolean()).isTrue();
    assertThat(settings.get("smtpHost").asString()).isEqualTo("127.0.0.1");
    assertThat(api.get(admin, INSTANCE).body()).doesNotContain("s3cret-smtp-pass");
    assertThat(saved.body()).doesNotContain("s3cret-smtp-pass");
    byte[] stored =
        jdbc.sql("select smtp_password_encrypted from instance_settings")
            .query(byte[].class)
            .single();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("s3cret");

    HttpResponse<String> test =
        api.send(admin, "POST", INSTANCE + "/test-mail", "{\"to\":\"ops@example.test\"}");

    assertThat(test.statusCode()).as(test.body()).isEqualTo(200);
    assertThat(json(test).get("delivered").asBoolean()).isTrue();
    assertThat(MAIL.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage mail = MAIL.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ops@example.test");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("Acme <trae@example.test>");

    // leaving the password out keeps it; an empty one removes it
    api.send(admin, "PUT", INSTANCE, smtpBody(MAIL.getSmtp().getPort(), null));
    assertThat(json(api.get(admin, INSTANCE)).get("smtpPasswordSet").asBoolean()).isTrue();
    api.send(admin, "PUT", INSTANCE, smtpBody(MAIL.getSmtp().getPort(), ""));
    assertThat(json(api.get(admin, INSTANCE)).get("smtpPasswordSet").asBoolean()).isFalse();
  }

  @Test
  void theTestMailWithoutSmtpSaysMailIsNotConfigured() {
    HttpResponse<String> test = api.send(admin, "POST", INSTANCE + "/test-mail", "{}");

    assertThat(test.statusCode()).isEqualTo(409);
    assertThat(Api.type(test)).isEqualTo("/problems/mail-not-configured");
  }

  @Test
  void theTestMailReportsWhatWentWrong() {
    int closed = freePort();
    api.send(
        admin,
        "PUT",
        INSTANCE,
        "{\"smtpHost\":\"127.0.0.1\",\"smtpPort\":%d,\"smtpStarttls\":false}".formatted(closed));

    HttpResponse<String> test = api.send(admin, "POST", INSTANCE + "/test-mail", "{}");

    assertThat(test.statusCode()).as(test.body()).isEqualTo(502);
    assertThat(Api.type(test)).isEqualTo("/problems/mail-failed");
    assertThat(json(test).get("detail").asString())
        .contains("127.0.0.1")
        .contains(String.valueOf(closed))
        .containsIgnoringCase("connect");
    assertThat(auditSummaries("settings.test-mail.sent")).anyMatch(s -> s.contains("failed"));
  }

  @Test
  void aSavedPublicUrlIsWhereMailedLinksPointAtOnce() {
    api.send(admin, "PUT", INSTANCE, "{\"publicUrl\":\"https://studio.example.test/trae\"}");

    HttpResponse<String> invited =
        api.send(
            admin,
            "POST",
            "/api/v1/users/invitations",
            "{\"email\":\"link-%s@example.test\",\"role\":\"AUTHOR\"}"
                .formatted(UUID.randomUUID()));

    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    assertThat(json(invited).get("inviteUrl").asString())
        .startsWith("https://studio.example.test/trae/invite/");
    JsonNode settings = json(api.get(admin, INSTANCE));
    assertThat(settings.get("publicUrlSource").asString()).isEqualTo("saved");
  }

  @Test
  void invalidValuesAreFieldErrors() {
    HttpResponse<String> url = api.send(admin, "PUT", INSTANCE, "{\"publicUrl\":\"javascript:x\"}");
    HttpResponse<String> from =
        api.send(
            admin,
            "PUT",
            INSTANCE,
            "{\"smtpHost\":\"mail.example.test\",\"smtpFrom\":\"not an address\"}");
    HttpResponse<String> name = api.send(admin, "PUT", INSTANCE, "{\"siteName\":\"a\\u202eb\"}");
    HttpResponse<String> port =
        api.send(admin, "PUT", INSTANCE, "{\"smtpHost\":\"mail.example.test\",\"smtpPort\":70000}");

    for (var pair :
        java.util.List.of(
            java.util.Map.entry(url, "publicUrl"),
            java.util.Map.entry(from, "smtpFrom"),
            java.util.Map.entry(name, "siteName"),
            java.util.Map.entry(port, "smtpPort"))) {
      assertThat(pair.getKey().statusCode()).as(pair.getKey().body()).isEqualTo(400);
      assertThat(Api.type(pair.getKey())).isEqualTo("/problems/validation-failed");
      assertThat(json(pair.getKey()).get("errors").get(0).get("field").asString())
          .isEqualTo(pair.getValue());
    }
  }

  @Test
  void changesAreAuditedByFieldNameWithoutTheirSecrets() {
    saveSmtp(MAIL.getSmtp().getPort(), "audit-secret-pass");

    assertThat(auditSummaries("settings.instance.changed"))
        .anyMatch(s -> s.contains("smtpHost") && s.contains("smtpPassword"))
        .noneMatch(s -> s.contains("audit-secret-pass"));
  }

  @Test
  void onlySettingsManagersSeeOrChangeThem() {
    String editor = accounts.tokenFor("EDITOR");

    assertThat(api.get(editor, INSTANCE).statusCode()).isEqualTo(403);
    assertThat(api.send(editor, "PUT", INSTANCE, "{\"siteName\":\"x\"}").statusCode())
        .isEqualTo(403);
    assertThat(api.anonymous("GET", INSTANCE, "").statusCode()).isEqualTo(401);
  }

  private java.util.List<String> auditSummaries(String action) {
    return jdbc.sql("select summary::text from audit_events where action = ?")
        .param(action)
        .query(String.class)
        .list();
  }

  private HttpResponse<String> saveSmtp(int port, String password) {
    return api.send(admin, "PUT", INSTANCE, smtpBody(port, password));
  }

  private static String smtpBody(int port, String password) {
    return """
        {"siteName":"Acme","smtpHost":"127.0.0.1","smtpPort":%d,"smtpUsername":"mailer",%s
         "smtpFrom":"Acme <trae@example.test>","smtpStarttls":false}
        """
        .formatted(port, password == null ? "" : "\"smtpPassword\":\"" + password + "\",");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
