package ai.trae.platform.database;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The data directory ({@code TRAE_DATA_DIR}, default {@code ./data}) holds the embedded database
 * and, later, media and generated keys.
 */
@Validated
@ConfigurationProperties("trae.data")
public record DataProperties(@DefaultValue("data") @NotNull Path dir) {

  public Path absoluteDir() {
    return dir.toAbsolutePath().normalize();
  }
}
