package ai.trae.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Users of each role, created straight in the database, and signed in over HTTP. */
@TestComponent
public class Accounts {

  public static final String PASSWORD = "correct horse battery staple 42";

  private final Http http;
  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  /**
   * Tokens are reused while they are well inside their lifetime (10 minutes by default): one test
   * context serves the suite for longer than that, and an expired cached token reads as a 401.
   */
  private static final java.time.Duration REUSE = java.time.Duration.ofMinutes(4);

  private record Minted(String token, Instant at) {}

  private final Map<String, Minted> tokens = new ConcurrentHashMap<>();
  private volatile String hash;

  public Accounts(Http http, JdbcClient jdbc, PasswordEncoder passwords) {
    this.http = http;
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  /** An access token for a user of this role (created on first use, reused afterwards). */
  public String tokenFor(String role) {
    return tokens
        .compute(
            role,
            (r, minted) ->
                minted != null && minted.at().isAfter(Instant.now().minus(REUSE))
                    ? minted
                    : new Minted(login(create(r)), Instant.now()))
        .token();
  }

  public String create(String role) {
    String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@example.test";
    if (hash == null) {
      hash = passwords.encode(PASSWORD);
    }
    jdbc.sql(
            """
            insert into users (id, email, display_name, password_hash, role, status, created_at)
            values (?, ?, ?, ?, ?, 'active', ?)
            """)
        .params(UUID.randomUUID(), email, role + " user", hash, role, Timestamp.from(Instant.now()))
        .update();
    return email;
  }

  public String login(String email) {
    HttpResponse<String> response = loginResponse(email, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).get("accessToken").asString();
  }

  public HttpResponse<String> loginResponse(String email, String password) {
    return http.send(
        "POST",
        "/api/v1/auth/login",
        "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password),
        "Content-Type",
        "application/json");
  }

  public static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }
}
