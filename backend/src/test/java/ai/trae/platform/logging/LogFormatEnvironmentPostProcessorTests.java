package ai.trae.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LogFormatEnvironmentPostProcessorTests {

  private final LogFormatEnvironmentPostProcessor processor =
      new LogFormatEnvironmentPostProcessor();

  @Test
  void jsonSwitchesOnStructuredConsoleLogging() {
    MockEnvironment environment = new MockEnvironment().withProperty("trae.log.format", "JSON");

    processor.postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
  }

  @Test
  void textIsTheDefault() {
    MockEnvironment environment = new MockEnvironment();

    processor.postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("logging.structured.format.console")).isNull();
  }

  @Test
  void anythingElseIsRejectedNamingTheVariable() {
    MockEnvironment environment = new MockEnvironment().withProperty("trae.log.format", "xml");

    assertThatThrownBy(() -> processor.postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("TRAE_LOG_FORMAT");
  }
}
