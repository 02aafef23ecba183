package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RoleAdministrationTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  Api api;

  @BeforeEach
  void api() {
    api = new Api(http);
  }

  @Test
  void theCatalogueAndTheRolesAreListedBuiltInFirst() {
    JsonNode permissions = json(api.get(admin(), "/api/v1/permissions")).get("items");
    assertThat(permissions).hasSize(Permissions.CATALOGUE.size());
    assertThat(permissions.get(0).get("name").asString()).isEqualTo("content:read");
    assertThat(permissions.get(0).get("description").asString()).isNotBlank();

    JsonNode roles = json(api.get(admin(), "/api/v1/roles")).get("items");
    assertThat(roles.findValuesAsString("name").subList(0, 5))
        .containsExactly("OWNER", "ADMIN", "EDITOR", "AUTHOR", "VIEWER");
    assertThat(roles.get(4).get("builtIn").asBoolean()).isTrue();
    assertThat(roles.get(4).get("permissions").toString()).contains("analytics:read");
    assertThat(api.get(accounts.tokenFor("EDITOR"), "/api/v1/roles").statusCode()).isEqualTo(403);
  }

  @Test
  void aCustomRoleIsCreatedChangedAndDeletedOnceNobodyHasIt() {
    String name = "REVIEWER_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    HttpResponse<String> created =
        api.send(
            admin(),
            "POST",
            "/api/v1/roles",
            "{\"name\":\"%s\",\"permissions\":[\"content:review\",\"content:read\",\"content:read\"],\"mfaRequired\":false}"
                .formatted(name));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(permissions(json(created))).containsExactly("content:read", "content:review");
    assertThat(json(created).get("builtIn").asBoolean()).isFalse();
    HttpResponse<String> duplicate =
        api.send(
            admin(),
            "POST",
            "/api/v1/roles",
            "{\"name\":\"%s\",\"permissions\":[],\"mfaRequired\":false}".formatted(name));
    assertThat(duplicate.statusCode()).isEqualTo(409);

    HttpResponse<String> changed =
        api.send(
            admin(),
            "PUT",
            "/api/v1/roles/" + name,
            "{\"permissions\":[\"content:read\",\"analytics:read\"],\"mfaRequired\":true}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(permissions(json(changed))).containsExactly("content:read", "analytics:read");
    assertThat(json(changed).get("mfaRequired").asBoolean()).isTrue();

    String holder = accounts.login(accounts.create(name));
    HttpResponse<String> inUse = api.send(admin(), "DELETE", "/api/v1/roles/" + name, "");
    assertThat(inUse.statusCode()).isEqualTo(409);
    assertThat(Api.type(inUse)).isEqualTo("/problems/role-in-use");

    // an anonymised account no longer holds the role
    api.send(admin(), "DELETE", "/api/v1/users/" + api.idOf(holder), "");
    assertThat(api.send(admin(), "DELETE", "/api/v1/roles/" + name, "").statusCode())
        .isEqualTo(204);
    assertThat(json(api.get(admin(), "/api/v1/roles")).get("items").findValuesAsString("name"))
        .doesNotContain(name);
    assertThat(
            jdbc.sql("select action from audit_events where target_id = ? order by id")
                .param(name)
                .query(String.class)
                .list())
        .containsExactly("role.created", "role.updated", "role.deleted");
    assertThat(api.send(admin(), "DELETE", "/api/v1/roles/" + name, "").statusCode())
        .isEqualTo(404);
  }

  @Test
  void unknownPermissionsAndBadNamesAreFieldErrors() {
    HttpResponse<String> unknown =
        api.send(
            admin(),
            "POST",
            "/api/v1/roles",
            "{\"name\":\"BROKEN\",\"permissions\":[\"content:read\",\"nope\",\"root:all\"],\"mfaRequired\":false}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).get("errors").findValuesAsString("field"))
        .containsExactly("permissions[1]", "permissions[2]");

    HttpResponse<String> badName =
        api.send(
            admin(),
            "POST",
            "/api/v1/roles",
            "{\"name\":\"lower case\",\"permissions\":[],\"mfaRequired\":false}");
    assertThat(badName.statusCode()).isEqualTo(400);
    assertThat(json(badName).get("errors").findValuesAsString("field")).containsExactly("name");
  }

  @Test
  void builtInPermissionsAreFixedButTheyCanRequireMfa() {
    HttpResponse<String> narrowed =
        api.send(
            admin(),
            "PUT",
            "/api/v1/roles/AUTHOR",
            "{\"permissions\":[\"content:read\"],\"mfaRequired\":false}");
    assertThat(narrowed.statusCode()).isEqualTo(400);
    assertThat(json(narrowed).get("errors").findValuesAsString("field"))
        .containsExactly("permissions");
    assertThat(api.send(admin(), "DELETE", "/api/v1/roles/AUTHOR", "").statusCode()).isEqualTo(409);

    String author = accounts.login(accounts.create("AUTHOR"));
    try {
      HttpResponse<String> required =
          api.send(admin(), "PUT", "/api/v1/roles/AUTHOR", "{\"mfaRequired\":true}");

      assertThat(required.statusCode()).as(required.body()).isEqualTo(200);
      assertThat(json(required).get("mfaRequired").asBoolean()).isTrue();
      assertThat(json(api.get(author, "/api/v1/me")).get("mfaEnrolmentRequired").asBoolean())
          .isTrue();
    } finally {
      api.send(admin(), "PUT", "/api/v1/roles/AUTHOR", "{\"mfaRequired\":false}");
    }
    assertThat(json(api.get(author, "/api/v1/me")).get("mfaEnrolmentRequired").asBoolean())
        .isFalse();
  }

  private String admin() {
    return accounts.tokenFor("ADMIN");
  }

  private static List<String> permissions(JsonNode role) {
    return role.get("permissions").valueStream().map(JsonNode::asString).toList();
  }
}
