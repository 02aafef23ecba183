package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * bcrypt reads 72 bytes: a longer password is refused where it is chosen and never matches at
 * sign-in. Its own database, so the setup screen is still open.
 */
@IntegrationTest
@TestPropertySource(properties = "trae.test.context=password-length")
class PasswordLengthTests {

  /** 102 characters, 102 bytes. */
  static final String PASSPHRASE =
      "the quiet lighthouse keeper counts every wave that breaks on the northern rocks before"
          + " dawn, 198 times";

  /** 72 bytes, then anything. */
  static final String SEVENTY_TWO = "orchid tram velvet quasar 4711 ".repeat(3).substring(0, 72);

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  Api api;

  @BeforeEach
  void api() {
    api = new Api(http);
  }

  @Test
  void everyPathThatSetsAPasswordRefusesMoreThan72BytesOnThePasswordField() {
    assertThat(PASSPHRASE).hasSize(102);
    // 70 letters and an emoji: 70 characters would fit, but they are 74 bytes
    String multibyte = "lighthouse ".repeat(7).substring(0, 70) + "\uD83C\uDF0A";
    assertThat(multibyte.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);

    assertRefused(
        api.anonymous(
            "POST",
            "/api/v1/setup",
            "{\"email\":\"owner@example.test\",\"password\":\"%s\",\"displayName\":\"Owner\"}"
                .formatted(PASSPHRASE)));

    String admin = accounts.tokenFor("ADMIN");
    String invitee = "invitee-" + UUID.randomUUID() + "@example.test";
    String url =
        json(api.send(
                admin,
                "POST",
                "/api/v1/users/invitations",
                "{\"email\":\"%s\",\"role\":\"AUTHOR\"}".formatted(invitee)))
            .get("inviteUrl")
            .asString();
    assertRefused(
        api.anonymous(
            "POST",
            "/api/v1/invitations/accept",
            "{\"token\":\"%s\",\"displayName\":\"Ivy\",\"password\":\"%s\"}"
                .formatted(url.substring(url.lastIndexOf('/') + 1), multibyte)));

    String email = accounts.create("AUTHOR");
    String session = accounts.login(email);
    assertRefused(
        api.send(
            session,
            "POST",
            "/api/v1/me/password",
            "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}"
                .formatted(Accounts.PASSWORD, PASSPHRASE)));

    UUID id = api.idOf(session);
    String link =
        json(api.send(admin, "POST", "/api/v1/users/" + id + "/password-reset", ""))
            .get("resetUrl")
            .asString();
    assertRefused(
        api.anonymous(
            "POST",
            "/api/v1/auth/password-reset/confirm",
            "{\"token\":\"%s\",\"newPassword\":\"%s\"}"
                .formatted(link.substring(link.indexOf("token=") + 6), PASSPHRASE)));
    assertThat(accounts.loginResponse(email, Accounts.PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void aLoginWithTheFirst72BytesPlusAnythingIsInvalidCredentials() {
    String email = "long-" + UUID.randomUUID() + "@example.test";
    // as a hash made before the policy capped lengths would be: bcrypt of the first 72 bytes
    jdbc.sql(
            """
            insert into users (id, email, display_name, password_hash, role, status, created_at)
            values (?, ?, 'Long', ?, 'AUTHOR', 'active', ?)
            """)
        .params(
            UUID.randomUUID(), email, passwords.encode(SEVENTY_TWO), Timestamp.from(Instant.now()))
        .update();

    HttpResponse<String> longer = accounts.loginResponse(email, SEVENTY_TWO + " and more words");
    HttpResponse<String> passphrase = accounts.loginResponse(email, PASSPHRASE);

    assertThat(longer.statusCode()).as(longer.body()).isEqualTo(401);
    assertThat(Api.type(longer)).isEqualTo("/problems/invalid-credentials");
    assertThat(passphrase.statusCode()).as(passphrase.body()).isEqualTo(401);
    assertThat(accounts.loginResponse(email, SEVENTY_TWO).statusCode()).isEqualTo(200);
  }

  private static void assertRefused(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(Api.type(response)).isEqualTo("/problems/validation-failed");
    assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("password");
    assertThat(json(response).get("errors").get(0).get("message").asString()).contains("72 bytes");
  }
}
