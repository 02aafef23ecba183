package ai.trae;

import ai.trae.platform.crypto.TinkSecretBox;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** TRAE: a self-hosted AI content platform, one modular monolith. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "TRAE", sharedModules = "platform")
public class TraeApplication {

  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--generate-master-key")) {
      // for TRAE_MASTER_KEY: print a fresh keyset and start nothing
      System.out.println(TinkSecretBox.newKeysetJson());
      return;
    }
    SpringApplication.run(TraeApplication.class, args);
  }
}
