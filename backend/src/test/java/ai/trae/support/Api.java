package ai.trae.support;

import java.net.http.HttpResponse;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** JSON calls as a signed-in user, for tests that make many of them ({@code new Api(http)}). */
public class Api {

  private final Http http;

  public Api(Http http) {
    this.http = http;
  }

  public HttpResponse<String> get(String token, String path) {
    return http.get(path, Accounts.bearer(token));
  }

  public HttpResponse<String> send(String token, String method, String path, String body) {
    return http.send(
        method, path, body, "Authorization", "Bearer " + token, "Content-Type", "application/json");
  }

  public HttpResponse<String> anonymous(String method, String path, String body) {
    return http.send(method, path, body, "Content-Type", "application/json");
  }

  /** The id of the user the token belongs to. */
  public UUID idOf(String token) {
    return UUID.fromString(Http.json(get(token, "/api/v1/me")).get("id").asString());
  }

  /** The problem type of an error answer. */
  public static String type(HttpResponse<String> response) {
    JsonNode type = Http.json(response).get("type");
    return type == null ? "" : type.asString();
  }
}
