package ai.trae.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The content settings' defaults, and values that stop start-up. */
class ContentPropertiesTests {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(ContentProperties.class)
  static class Settings {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(Settings.class);

  @Test
  void defaultsKeepFiftyVersionsAndBoundImports() {
    runner.run(
        context -> {
          ContentProperties properties = context.getBean(ContentProperties.class);
          assertThat(properties.versions().keep()).isEqualTo(50);
          assertThat(properties.imports().maxFiles()).isEqualTo(1000);
          assertThat(properties.imports().maxFileSize().toMegabytes()).isEqualTo(2);
          assertThat(properties.imports().maxTotalSize().toMegabytes()).isEqualTo(100);
        });
    runner
        .withPropertyValues("trae.content.versions.keep=7")
        .run(c -> assertThat(c.getBean(ContentProperties.class).versions().keep()).isEqualTo(7));
  }

  @Test
  void keepingNoVersionsOrAFileLargerThanTheTotalStopsStartUp() {
    runner.withPropertyValues("trae.content.versions.keep=0").run(c -> assertThat(c).hasFailed());
    runner
        .withPropertyValues(
            "trae.content.imports.max-file-size=10MB", "trae.content.imports.max-total-size=1MB")
        .run(c -> assertThat(c).hasFailed());
  }
}
