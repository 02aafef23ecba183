package ai.trae.content.item;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The items API as a client sees it, for the content API tests. */
final class ItemsClient {

  final Http http;
  final Accounts accounts;
  final JdbcClient jdbc;

  ItemsClient(Http http, Accounts accounts, JdbcClient jdbc) {
    this.http = http;
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  /** A fresh user of this role, signed in. */
  Caller user(String role) {
    String email = accounts.create(role);
    UUID id =
        jdbc.sql("select id from users where email = ?").param(email).query(UUID.class).single();
    return new Caller(id, accounts.login(email));
  }

  record Caller(UUID id, String token) {}

  HttpResponse<String> send(String method, String path, String body, Caller who, String... more) {
    List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
    headers.addAll(List.of(Accounts.bearer(who.token())));
    headers.addAll(List.of(more));
    return http.send(method, path, body, headers.toArray(String[]::new));
  }

  HttpResponse<String> get(String path, Caller who, String... more) {
    List<String> headers = new ArrayList<>(List.of(Accounts.bearer(who.token())));
    headers.addAll(List.of(more));
    return http.get(path, headers.toArray(String[]::new));
  }

  HttpResponse<String> create(String body, Caller who, String... more) {
    return send("POST", "/api/v1/content", body, who, more);
  }

  /** Creates an article with this title and answers its JSON. */
  JsonNode article(String title, Caller who) {
    HttpResponse<String> created =
        create("{\"type\":\"article\",\"title\":\"%s\",\"body\":\"Hello\"}".formatted(title), who);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created);
  }

  HttpResponse<String> put(UUID id, String body, long version, Caller who) {
    return send("PUT", "/api/v1/content/" + id, body, who, "If-Match", "\"" + version + "\"");
  }

  HttpResponse<String> transition(UUID id, String body, Caller who) {
    return send("POST", "/api/v1/content/" + id + "/transitions", body, who);
  }

  HttpResponse<String> act(UUID id, String action, Caller who) {
    return transition(id, "{\"action\":\"%s\"}".formatted(action), who);
  }

  int versions(UUID id) {
    return jdbc.sql("select count(*) from content_versions where item_id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  List<String> sources(UUID id) {
    return jdbc.sql("select source from content_versions where item_id = ? order by number")
        .param(id)
        .query(String.class)
        .list();
  }

  List<String> audited(UUID id) {
    return jdbc.sql(
            "select action from audit_events where target_type = 'content' and target_id = ?"
                + " order by id")
        .param(id.toString())
        .query(String.class)
        .list();
  }

  static UUID id(JsonNode item) {
    return UUID.fromString(item.get("id").asString());
  }
}
