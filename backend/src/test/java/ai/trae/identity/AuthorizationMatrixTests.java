package ai.trae.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.platform.security.AllowDuringMfaEnrolment;
import ai.trae.platform.security.AnyCredential;
import ai.trae.platform.security.Authenticated;
import ai.trae.platform.security.DeclaredAccessInterceptor;
import ai.trae.platform.security.RequirePermission;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import jakarta.annotation.security.PermitAll;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api/v1} endpoint, taken from the application's own handler mappings so that a new
 * endpoint cannot escape, called as anonymous and as each built-in role. The expected answer is
 * derived from the rule the handler declares; a handler with no rule fails.
 */
@IntegrationTest
class AuthorizationMatrixTests {

  private static final List<String> ROLES = List.of("OWNER", "ADMIN", "EDITOR", "AUTHOR", "VIEWER");
  private static final String ANY_ID = "00000000-0000-7000-8000-000000000000";

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  record Endpoint(String method, String path, HandlerMethod handler) {
    String name() {
      return method + " " + path;
    }
  }

  @Test
  void everyApiEndpointDeclaresItsRule() {
    List<String> undeclared =
        endpoints().stream()
            .filter(e -> !DeclaredAccessInterceptor.declaresAccess(e.handler()))
            .map(Endpoint::name)
            .toList();
    assertThat(undeclared).as("endpoints without an access rule").isEmpty();
    assertThat(endpoints())
        .extracting(Endpoint::path)
        .contains(
            "/api/v1/me",
            "/api/v1/system",
            "/api/v1/users/{id}/invitation",
            "/api/v1/me/tokens/scopes",
            "/api/v1/settings/instance",
            "/api/v1/settings/instance/test-mail",
            "/api/v1/settings/public",
            "/api/v1/me/email-change",
            "/api/v1/auth/email-change/confirm",
            "/api/v1/me/mfa/recovery-codes");
  }

  @TestFactory
  Stream<DynamicTest> anonymousCallers() {
    return endpoints().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    "anonymous " + e.name(),
                    () -> {
                      HttpResponse<String> response = call(e, null);
                      if (isPublic(e)) {
                        assertThat(denial(response)).as(e.name()).isNull();
                      } else {
                        assertThat(denial(response))
                            .as(e.name())
                            .isEqualTo("/problems/unauthorized");
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> eachBuiltInRole() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String role : ROLES) {
      List<String> permissions = permissionsOf(role);
      for (Endpoint e : endpoints()) {
        if (destructiveForTheCaller(e)) {
          continue;
        }
        tests.add(
            DynamicTest.dynamicTest(
                role + " " + e.name(),
                () -> {
                  HttpResponse<String> response = call(e, accounts.tokenFor(role));
                  String needed = permission(e);
                  if (needed != null && !permissions.contains(needed)) {
                    assertThat(denial(response))
                        .as(role + " " + e.name())
                        .isEqualTo("/problems/forbidden");
                  } else {
                    assertThat(denial(response)).as(role + " " + e.name()).isNull();
                  }
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> personalAccessTokensWithAndWithoutTheScope() {
    String owner = accounts.tokenFor("OWNER");
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      if (isPublic(e) || destructiveForTheCaller(e)) {
        continue;
      }
      String needed = permission(e);
      tests.add(
          DynamicTest.dynamicTest(
              "token " + e.name(),
              () -> {
                if (has(e, AnyCredential.class)) {
                  // who am I: any valid token, whatever its scopes
                  assertThat(denial(call(e, pat(owner, List.of("analytics:read")))))
                      .as(e.name())
                      .isNull();
                  return;
                }
                if (e.path().startsWith("/api/v1/me/tokens")) {
                  // token management is session-only: no token mints, lists or revokes tokens
                  String any = pat(owner, List.of("content:read", "users:manage"));
                  assertThat(denial(call(e, any))).as(e.name()).isEqualTo("/problems/forbidden");
                  return;
                }
                if (needed == null) {
                  // session-only self-service: tokens are refused whatever their scopes
                  String any = pat(owner, List.of("content:read", "users:manage"));
                  assertThat(denial(call(e, any))).as(e.name()).isEqualTo("/problems/forbidden");
                  return;
                }
                String other = needed.equals("content:read") ? "analytics:read" : "content:read";
                assertThat(denial(call(e, pat(owner, List.of(needed))))).as(e.name()).isNull();
                assertThat(denial(call(e, pat(owner, List.of(other)))))
                    .as(e.name() + " without " + needed)
                    .isEqualTo("/problems/forbidden");
              }));
    }
    return tests.stream();
  }

  private final Map<List<String>, String> pats = new java.util.concurrent.ConcurrentHashMap<>();

  private String pat(String session, List<String> scopes) {
    return pats.computeIfAbsent(
        scopes,
        s -> {
          HttpResponse<String> created =
              http.send(
                  "POST",
                  "/api/v1/me/tokens",
                  "{\"name\":\"matrix\",\"scopes\":[\"" + String.join("\",\"", s) + "\"]}",
                  "Authorization",
                  "Bearer " + session,
                  "Content-Type",
                  "application/json");
          assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
          return Http.json(created).get("token").asString();
        });
  }

  /** The problem type when access was refused, null when the call got past authorization. */
  private static String denial(HttpResponse<String> response) {
    if (response.statusCode() != 401 && response.statusCode() != 403) {
      return null;
    }
    String type = Http.json(response).get("type").asString();
    return List.of(
                "/problems/unauthorized", "/problems/forbidden", "/problems/mfa-enrolment-required")
            .contains(type)
        ? type
        : null;
  }

  /** Signing out or ending sessions would invalidate the shared per-role token. */
  private static boolean destructiveForTheCaller(Endpoint e) {
    return e.path().equals("/api/v1/auth/logout")
        || e.path().startsWith("/api/v1/me/sessions")
        || e.path().equals("/api/v1/me/password");
  }

  private HttpResponse<String> call(Endpoint e, String token) {
    String path = e.path().replaceAll("\\{[^}]+}", ANY_ID);
    List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
    if (token != null) {
      headers.addAll(List.of("Authorization", "Bearer " + token));
    }
    return http.send(e.method(), path, "{}", headers.toArray(String[]::new));
  }

  private List<String> permissionsOf(String role) {
    return List.of(
        (String[])
            jdbc.sql("select permissions from roles where name = ?")
                .param(role)
                .query((rs, n) -> rs.getArray(1).getArray())
                .single());
  }

  private static boolean isPublic(Endpoint e) {
    return has(e, PermitAll.class);
  }

  private static String permission(Endpoint e) {
    RequirePermission onMethod =
        AnnotatedElementUtils.findMergedAnnotation(
            e.handler().getMethod(), RequirePermission.class);
    RequirePermission onType =
        AnnotatedElementUtils.findMergedAnnotation(
            e.handler().getBeanType(), RequirePermission.class);
    if (onMethod != null) {
      return onMethod.value();
    }
    if (onType != null
        && !has(e, PermitAll.class)
        && !has(e, Authenticated.class)
        && !has(e, AllowDuringMfaEnrolment.class)
        && !has(e, AnyCredential.class)) {
      return onType.value();
    }
    return null;
  }

  private static boolean has(Endpoint e, Class<? extends java.lang.annotation.Annotation> type) {
    return AnnotatedElementUtils.hasAnnotation(e.handler().getMethod(), type)
        || AnnotatedElementUtils.hasAnnotation(e.handler().getBeanType(), type);
  }

  private List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      for (String path : entry.getKey().getPatternValues()) {
        if (!path.startsWith("/api/v1/")) {
          continue;
        }
        var methods = entry.getKey().getMethodsCondition().getMethods();
        for (var method :
            methods.isEmpty()
                ? List.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                : methods) {
          endpoints.add(new Endpoint(method.name(), path, entry.getValue()));
        }
      }
    }
    return endpoints;
  }
}
