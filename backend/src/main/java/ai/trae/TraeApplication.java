package ai.trae;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** TRAE: a self-hosted AI content platform, one modular monolith. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "TRAE", sharedModules = "platform")
public class TraeApplication {

  public static void main(String[] args) {
    SpringApplication.run(TraeApplication.class, args);
  }
}
