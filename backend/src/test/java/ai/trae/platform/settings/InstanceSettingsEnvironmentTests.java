package ai.trae.platform.settings;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** What the environment sets wins and is read-only over the API; the rest stays editable. */
@IntegrationTest
@TestPropertySource(
    properties = {
      "trae.public-url=https://env.example.test",
      "trae.smtp.host=smtp.env.example.test",
      "trae.smtp.port=2525",
      "trae.smtp.password=env-secret"
    })
class InstanceSettingsEnvironmentTests {

  private static final String INSTANCE = "/api/v1/settings/instance";

  @Autowired Http http;
  @Autowired Accounts accounts;

  @AfterEach
  void restore() {
    new Api(http).send(accounts.tokenFor("OWNER"), "PUT", INSTANCE, "{}");
  }

  @Test
  void environmentValuesAreShownAsSuchWithoutTheirSecrets() {
    Api api = new Api(http);
    HttpResponse<String> response = api.get(accounts.tokenFor("OWNER"), INSTANCE);

    JsonNode settings = json(response);
    assertThat(settings.get("publicUrl").asString()).isEqualTo("https://env.example.test");
    assertThat(settings.get("publicUrlSource").asString()).isEqualTo("environment");
    assertThat(settings.get("smtpSource").asString()).isEqualTo("environment");
    assertThat(settings.get("smtpHost").asString()).isEqualTo("smtp.env.example.test");
    assertThat(settings.get("smtpPort").asInt()).isEqualTo(2525);
    assertThat(settings.get("smtpPasswordSet").asBoolean()).isTrue();
    assertThat(response.body()).doesNotContain("env-secret");
  }

  @Test
  void fieldsTheEnvironmentSetsCannotBeChangedButTheSiteNameCan() {
    Api api = new Api(http);
    String owner = accounts.tokenFor("OWNER");

    HttpResponse<String> url =
        api.send(owner, "PUT", INSTANCE, "{\"publicUrl\":\"https://evil.example.test\"}");
    HttpResponse<String> smtp =
        api.send(owner, "PUT", INSTANCE, "{\"smtpHost\":\"evil.example.test\"}");
    HttpResponse<String> name = api.send(owner, "PUT", INSTANCE, "{\"siteName\":\"Env Studio\"}");

    assertThat(url.statusCode()).isEqualTo(409);
    assertThat(json(url).get("detail").asString()).contains("TRAE_PUBLIC_URL");
    assertThat(smtp.statusCode()).isEqualTo(409);
    assertThat(json(smtp).get("detail").asString()).contains("TRAE_SMTP_");
    assertThat(name.statusCode()).as(name.body()).isEqualTo(200);
    assertThat(json(name).get("siteName").asString()).isEqualTo("Env Studio");
    assertThat(json(name).get("publicUrl").asString()).isEqualTo("https://env.example.test");
  }
}
