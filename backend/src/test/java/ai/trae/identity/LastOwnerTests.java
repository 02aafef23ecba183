package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** In a database of its own: the rule is about how many owners exist in all. */
@IntegrationTest
@TestPropertySource(properties = "trae.public-url=https://trae.example.test/")
class LastOwnerTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void thereIsAlwaysAnActiveOwner() {
    Api api = new Api(http);
    jdbc.sql("update users set role = 'ADMIN' where role = 'OWNER'").update();
    String first = accounts.login(accounts.create("OWNER"));
    UUID firstId = api.idOf(first);

    HttpResponse<String> demoteSelf =
        api.send(first, "PATCH", "/api/v1/users/" + firstId, "{\"role\":\"ADMIN\"}");
    assertThat(demoteSelf.statusCode()).isEqualTo(409);
    assertThat(Api.type(demoteSelf)).isEqualTo("/problems/last-owner");

    String second = accounts.login(accounts.create("OWNER"));
    UUID secondId = api.idOf(second);
    HttpResponse<String> demoted =
        api.send(first, "PATCH", "/api/v1/users/" + firstId, "{\"role\":\"ADMIN\"}");
    assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(200);

    // the second owner is now the only one: nobody may disable or remove them
    HttpResponse<String> demoteLast =
        api.send(second, "PATCH", "/api/v1/users/" + secondId, "{\"role\":\"VIEWER\"}");
    assertThat(Api.type(demoteLast)).isEqualTo("/problems/last-owner");
    HttpResponse<String> byAdmin = api.send(first, "DELETE", "/api/v1/users/" + secondId, "");
    assertThat(Api.type(byAdmin)).isEqualTo("/problems/owner-required");
  }

  @Test
  void linksPointAtThePublicUrl() {
    Api api = new Api(http);
    String owner = accounts.login(accounts.create("OWNER"));
    UUID target = api.idOf(accounts.login(accounts.create("VIEWER")));

    HttpResponse<String> link =
        api.send(owner, "POST", "/api/v1/users/" + target + "/password-reset", "");

    assertThat(json(link).get("resetUrl").asString())
        .startsWith("https://trae.example.test/reset-password?token=");
  }
}
