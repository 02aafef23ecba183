package ai.trae.identity.mfa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.trae.identity.mfa.MfaIntegrationTest;
import ai.trae.identity.mfa.MfaTestConfiguration.MutableClock;
import ai.trae.identity.mfa.Totp;
import ai.trae.identity.mfa.TotpService;
import ai.trae.platform.security.AllowDuringMfaEnrolment;
import ai.trae.platform.security.CurrentUser;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@MfaIntegrationTest
class MfaControllerTests {

  private static final String TOTP = "/api/v1/me/mfa/totp";
  private static final Instant NOW = Instant.parse("2026-11-26T15:00:05Z");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired MutableClock clock;
  @Autowired TotpService totp;

  UUID userId;
  String email;

  @BeforeEach
  void signedInUser() {
    clock.set(NOW);
    userId = Totp.insertUser(jdbc, passwords.encode("correct horse battery staple"));
    email = "mfa-" + userId + "@example.com";
  }

  @Test
  void enrolsWithQrCodeAndConfirmsWithACodeFromTheApp() throws Exception {
    JsonNode enrolment = json(mvc.perform(as(post(TOTP))).andExpect(status().isOk()));
    String secret = enrolment.get("secret").asString();

    assertThat(enrolment.get("otpauthUri").asString())
        .isEqualTo(
            "otpauth://totp/TRAE:%s?secret=%s&issuer=TRAE&algorithm=SHA1&digits=6&period=30"
                .formatted(email, secret));
    assertThat(enrolment.get("qrCodeSvg").asString()).startsWith("<?xml").contains("<svg");

    mvc.perform(as(post(TOTP + "/confirm")).content(code(secret)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recoveryCodes.length()").value(10))
        .andExpect(jsonPath("$.recoveryCodes[0]").value(matches("[0-9a-z]{5}-[0-9a-z]{5}")));

    assertThat(totp.isEnabled(userId)).isTrue();
  }

  @Test
  void wrongConfirmationCodeIsA400ProblemAndLeavesMfaOff() throws Exception {
    mvc.perform(as(post(TOTP))).andExpect(status().isOk());

    mvc.perform(as(post(TOTP + "/confirm")).content("{\"code\":\"000000\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/invalid-mfa-code"))
        .andExpect(jsonPath("$.status").value(400));

    assertThat(totp.isEnabled(userId)).isFalse();
  }

  @Test
  void blankCodeIsAValidationProblem() throws Exception {
    mvc.perform(as(post(TOTP + "/confirm")).content("{\"code\":\" \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("/problems/validation-failed"))
        .andExpect(jsonPath("$.errors[0].field").value("code"));
  }

  @Test
  void startingAgainOnceEnabledIsAConflict() throws Exception {
    enable();

    mvc.perform(as(post(TOTP)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("/problems/mfa-already-enabled"));
  }

  @Test
  void disablesWithTheAccountPassword() throws Exception {
    enable();

    mvc.perform(as(delete(TOTP)).content("{\"password\":\"wrong\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("/problems/invalid-credentials"));
    assertThat(totp.isEnabled(userId)).isTrue();

    mvc.perform(as(delete(TOTP)).content("{\"password\":\"correct horse battery staple\"}"))
        .andExpect(status().isNoContent());
    assertThat(totp.isEnabled(userId)).isFalse();
  }

  @Test
  void disablesWithACurrentCode() throws Exception {
    String secret = enable();
    clock.set(NOW.plusSeconds(60));

    mvc.perform(as(delete(TOTP)).content("{\"code\":\"000000\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("/problems/invalid-mfa-code"));
    mvc.perform(as(delete(TOTP)).content(code(secret))).andExpect(status().isNoContent());

    assertThat(totp.isEnabled(userId)).isFalse();
  }

  @Test
  void disablingNeedsExactlyOneProof() throws Exception {
    enable();

    mvc.perform(as(delete(TOTP)).content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("/problems/validation-failed"));
    mvc.perform(as(delete(TOTP)).content("{\"code\":\"123456\",\"password\":\"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("/problems/validation-failed"));
    assertThat(totp.isEnabled(userId)).isTrue();
  }

  @Test
  void everyHandlerStaysOpenDuringForcedEnrolment() {
    Method[] handlers =
        Arrays.stream(MfaController.class.getDeclaredMethods())
            .filter(
                m -> !m.isSynthetic() && !java.lang.reflect.Modifier.isPrivate(m.getModifiers()))
            .toArray(Method[]::new);

    assertThat(handlers).hasSize(3);
    assertThat(handlers).allMatch(m -> m.isAnnotationPresent(AllowDuringMfaEnrolment.class));
    assertThat(MfaController.class.getAnnotation(RequestMapping.class).value())
        .containsExactly(TOTP);
  }

  @Test
  void isDocumentedInOpenApi() throws Exception {
    mvc.perform(get("/api/openapi.json"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.paths['/api/v1/me/mfa/totp'].post.tags[0]")
                .value("Two-factor authentication"))
        .andExpect(jsonPath("$.paths['/api/v1/me/mfa/totp'].delete").exists())
        .andExpect(jsonPath("$.paths['/api/v1/me/mfa/totp/confirm'].post").exists());
  }

  private String enable() throws Exception {
    JsonNode enrolment = json(mvc.perform(as(post(TOTP))).andExpect(status().isOk()));
    String secret = enrolment.get("secret").asString();
    mvc.perform(as(post(TOTP + "/confirm")).content(code(secret))).andExpect(status().isOk());
    return secret;
  }

  private String code(String secret) {
    return "{\"code\":\"%s\"}".formatted(Totp.code(secret, Totp.step(clock.instant())));
  }

  /** Signed in as the test user with a complete browser session. */
  private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
    RequestPostProcessor signedIn =
        authentication(
            new TestingAuthenticationToken(
                new CurrentUser(userId, email, UUID.randomUUID(), null), null, "session:full"));
    return request.with(signedIn).contentType(MediaType.APPLICATION_JSON);
  }

  private static JsonNode json(org.springframework.test.web.servlet.ResultActions result)
      throws Exception {
    return JSON.readTree(result.andReturn().getResponse().getContentAsString());
  }

  private static org.hamcrest.Matcher<String> matches(String regex) {
    return org.hamcrest.Matchers.matchesPattern(regex);
  }
}
