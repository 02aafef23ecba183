package ai.trae.identity.setup;

import ai.trae.identity.user.PasswordPolicy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Headless deploys: {@code TRAE_BOOTSTRAP_OWNER_EMAIL} and {@code TRAE_BOOTSTRAP_OWNER_PASSWORD}
 * create the owner at start-up instead of the setup screen. Ignored once setup is done.
 */
@Component
@EnableConfigurationProperties(BootstrapOwner.Properties.class)
class BootstrapOwner implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(BootstrapOwner.class);

  private final SetupService setup;
  private final Properties properties;

  BootstrapOwner(SetupService setup, Properties properties) {
    this.setup = setup;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    String email = properties.email();
    String password = properties.password();
    if (email == null || email.isBlank() || password == null || !setup.required()) {
      return;
    }
    try {
      setup.createOwner(email, password, properties.displayName());
      log.info("Created the owner account {} from TRAE_BOOTSTRAP_OWNER_EMAIL", email);
    } catch (SetupService.SetupCompletedException raced) {
      log.info("Owner already created by another node");
    } catch (PasswordPolicy.WeakPasswordException weak) {
      throw new IllegalStateException(
          "TRAE_BOOTSTRAP_OWNER_PASSWORD is not accepted: " + weak.reason(), weak);
    }
  }

  @ConfigurationProperties("trae.bootstrap.owner")
  record Properties(
      @Nullable String email,
      @Nullable String password,
      @org.springframework.boot.context.properties.bind.DefaultValue("Owner") String displayName) {

    @Override
    public String toString() {
      return "BootstrapOwner.Properties[email=" + email + "]";
    }
  }
}
