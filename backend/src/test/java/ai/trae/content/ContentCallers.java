package ai.trae.content;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Signed-in users calling the content API, for the search, preview and review API tests. */
public final class ContentCallers {

  private final Http http;
  private final Accounts accounts;
  private final JdbcClient jdbc;

  public ContentCallers(Http http, Accounts accounts, JdbcClient jdbc) {
    this.http = http;
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  public record Caller(UUID id, String token) {}

  /** A fresh user of this role, signed in. */
  public Caller user(String role) {
    String email = accounts.create(role);
    UUID id =
        jdbc.sql("select id from users where email = ?").param(email).query(UUID.class).single();
    return new Caller(id, accounts.login(email));
  }

  public HttpResponse<String> send(String method, String path, String body, Caller who) {
    List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
    headers.addAll(List.of(Accounts.bearer(who.token())));
    return http.send(method, path, body, headers.toArray(String[]::new));
  }

  public HttpResponse<String> get(String path, Caller who) {
    return http.get(path, Accounts.bearer(who.token()));
  }

  public HttpResponse<String> anonymous(String method, String path, String body) {
    return http.send(method, path, body, "Content-Type", "application/json");
  }

  /** Creates an item from this JSON and answers its id. */
  public UUID create(String json, Caller who) {
    HttpResponse<String> created = send("POST", "/api/v1/content", json, who);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return UUID.fromString(Http.json(created).get("id").asString());
  }

  public static JsonNode json(HttpResponse<String> response) {
    return Http.json(response);
  }

  public static String problem(HttpResponse<String> response) {
    return Http.json(response).get("type").asString();
  }
}
