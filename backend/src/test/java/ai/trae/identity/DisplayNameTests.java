package ai.trae.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A display name has one spelling and cannot pass for another person's or disturb the page. */
@IntegrationTest
class DisplayNameTests {

  @Autowired Http http;
  @Autowired Accounts accounts;

  @Test
  void namesAreStoredInNfc() {
    String token = accounts.login(accounts.create("EDITOR"));

    // "Zoë" typed with a combining diaeresis
    HttpResponse<String> response =
        new Api(http).send(token, "PATCH", "/api/v1/me", "{\"displayName\":\"  Zoe\\u0308 \"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Http.json(response).get("displayName").asString()).isEqualTo("Zo\u00eb");
  }

  @Test
  void invisibleAndDirectionCharactersAreRefusedWhereverANameIsGiven() {
    String token = accounts.login(accounts.create("EDITOR"));
    for (String sneaky :
        List.of(
            "\\u202Eevil", // right-to-left override
            "Ad\\u2066a", // isolate
            "Ad\\u200Ba", // zero-width space
            "Ad\\u200Da",
            "Ad\\u2060a",
            "\\uFEFFAda",
            "Ada\\u0007",
            "Ada\\u0085",
            "Ada\\u2028Lovelace")) {
      assertRefused(
          new Api(http)
              .send(token, "PATCH", "/api/v1/me", "{\"displayName\":\"%s\"}".formatted(sneaky)),
          sneaky);
      assertRefused(
          http.send(
              "POST",
              "/api/v1/setup",
              "{\"email\":\"o@example.test\",\"password\":\"%s\",\"displayName\":\"%s\"}"
                  .formatted(Accounts.PASSWORD, sneaky),
              "Content-Type",
              "application/json"),
          sneaky);
      assertRefused(
          http.send(
              "POST",
              "/api/v1/invitations/accept",
              "{\"token\":\"whatever\",\"password\":\"%s\",\"displayName\":\"%s\"}"
                  .formatted(Accounts.PASSWORD, sneaky),
              "Content-Type",
              "application/json"),
          sneaky);
    }
  }

  @Test
  void ordinaryNamesInAnyScriptAreFine() {
    String token = accounts.login(accounts.create("EDITOR"));
    for (String name : List.of("Ada Lovelace", "محمد", "李小龍", "Zoë O'Brien-Smith", "🎨 Dev")) {
      HttpResponse<String> response =
          new Api(http)
              .send(token, "PATCH", "/api/v1/me", "{\"displayName\":\"%s\"}".formatted(name));
      assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(200);
    }
  }

  private static void assertRefused(HttpResponse<String> response, String sneaky) {
    assertThat(response.statusCode()).as(sneaky + ": " + response.body()).isEqualTo(400);
    JsonNode body = Http.json(response);
    assertThat(body.get("type").asString()).isEqualTo("/problems/validation-failed");
    assertThat(body.get("errors").findValues("field").stream().map(JsonNode::asString))
        .contains("displayName");
  }
}
