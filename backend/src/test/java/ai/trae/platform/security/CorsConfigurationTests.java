package ai.trae.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsConfiguration;

class CorsConfigurationTests {

  private final SecurityConfiguration security = new SecurityConfiguration();

  @Test
  void configuredOriginsMayCallTheApi() {
    var source =
        security.corsConfigurationSource(
            new WebSecurityProperties(List.of("https://studio.example")));

    CorsConfiguration config =
        source.getCorsConfiguration(new MockHttpServletRequest("GET", "/api/v1/system"));

    assertThat(config).isNotNull();
    assertThat(config.checkOrigin("https://studio.example")).isEqualTo("https://studio.example");
    assertThat(config.checkOrigin("https://evil.example")).isNull();
  }

  @Test
  void noOriginsMeansNoCors() {
    var source = security.corsConfigurationSource(new WebSecurityProperties(List.of()));

    assertThat(source.getCorsConfiguration(new MockHttpServletRequest("GET", "/api/v1/system")))
        .isNull();
  }
}
