package ai.trae.identity.role.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ai.trae.identity.IdentityProblem;
import ai.trae.identity.role.RoleAdministration;
import ai.trae.identity.user.Roles;
import ai.trae.identity.user.Roles.Role;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.web.ProblemException;
import ai.trae.support.ControllerTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pattern for controller slice tests: only the web layer (this controller, the problem handler,
 * Jackson, Bean Validation) with the services mocked. Who may call is not this test's business
 * (method security is not in the slice; AuthorizationMatrixTests covers every endpoint); a
 * signed-in {@link CurrentUser} is given with each request.
 */
@ControllerTest(RolesController.class)
class RolesControllerTests {

  static final CurrentUser ADMIN =
      new CurrentUser(UUID.randomUUID(), "admin@example.com", UUID.randomUUID(), null);

  @Autowired MockMvcTester mvc;
  @MockitoBean Roles roles;
  @MockitoBean RoleAdministration administration;

  @Test
  void listsRolesInTheApiShape() {
    given(roles.all())
        .willReturn(
            List.of(
                new Role("ADMIN", true, List.of("users:manage", "roles:manage"), true),
                new Role("EDITOR", false, List.of("users:read"), false)));

    assertThat(mvc.get().uri("/api/v1/roles").with(signedIn()))
        .hasStatusOk()
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"items": [
              {"name": "ADMIN", "builtIn": true, "permissions": ["users:manage", "roles:manage"],
               "mfaRequired": true},
              {"name": "EDITOR", "builtIn": false, "permissions": ["users:read"],
               "mfaRequired": false}]}
            """);
  }

  @Test
  void aModuleRefusalIsAnsweredAsItsProblemKind() {
    willThrow(new ProblemException(IdentityProblem.ROLE_IN_USE, "2 user(s) still have this role."))
        .given(administration)
        .delete(ADMIN.userId(), "EDITOR");

    assertThat(mvc.delete().uri("/api/v1/roles/EDITOR").with(signedIn()).with(csrf()))
        .hasStatus(409)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"type": "/problems/role-in-use", "title": "Role in use", "status": 409,
             "detail": "2 user(s) still have this role.", "instance": "/api/v1/roles/EDITOR"}
            """);
  }

  @Test
  void anInvalidBodyNamesEachFieldAndNeverReachesTheService() {
    assertThat(createRole("{\"name\": \"lower\", \"permissions\": [], \"mfaRequired\": false}"))
        .hasStatus(400)
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"type": "/problems/validation-failed", "status": 400,
             "detail": "One field is invalid.", "errors": [{"field": "name"}]}
            """);
    verifyNoInteractions(administration);
  }

  @Test
  void aCreatedRoleIsAnswered201() {
    given(administration.create(eq(ADMIN.userId()), any(), eq("WRITER"), any(), eq(true)))
        .willReturn(new Role("WRITER", false, List.of("users:read"), true));

    assertThat(
            createRole(
                "{\"name\": \"WRITER\", \"permissions\": [\"users:read\"], \"mfaRequired\": true}"))
        .hasStatus(201)
        .bodyJson()
        .extractingPath("$.name")
        .isEqualTo("WRITER");
  }

  private MockMvcTester.MockMvcRequestBuilder createRole(String json) {
    return mvc.post()
        .uri("/api/v1/roles")
        .with(signedIn())
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json);
  }

  private static RequestPostProcessor signedIn() {
    return authentication(new TestingAuthenticationToken(ADMIN, null, "roles:manage"));
  }
}
