package ai.trae.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The hand-written reader answers exactly what Spring Security's resolver answers. */
class BearerHeaderTests {

  private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "Bearer abc.def-ghi_jkl~mno+pqr/stu",
        "bearer token==",
        "BEARER x",
        "Bearer trae_pat_0123456789abcdef",
        "Basic dXNlcjpwYXNz",
        "Token abc",
        "",
        "Bearer",
        "Bearer ",
        "Bearer  two-spaces",
        "Bearer a b",
        "Bearer ===",
        "Bearer abc=def",
        "Bearer <script>",
        "Bearer\tabc",
        "Bearerabc",
        "Bearer abc\n",
      })
  void agreesWithSpringSecurity(String header) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    if (header != null) {
      request.addHeader("Authorization", header);
    }
    String expected;
    try {
      expected = spring.resolve(request);
    } catch (OAuth2AuthenticationException malformed) {
      assertThatThrownBy(() -> BearerHeader.token(request))
          .isInstanceOf(OAuth2AuthenticationException.class)
          .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
          .isEqualTo(malformed.getError().getErrorCode());
      return;
    }
    assertThat(BearerHeader.token(request)).isEqualTo(expected);
  }
}
