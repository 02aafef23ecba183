package ai.trae.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Content settings ({@code TRAE_CONTENT_*}), validated at start-up. Each feature has its part.
 *
 * @param versions how much history is kept
 * @param imports what one import may hold
 */
@Validated
@ConfigurationProperties("trae.content")
public record ContentProperties(
    @DefaultValue @Valid Versions versions, @DefaultValue @Valid Imports imports) {

  /**
   * @param keep versions kept per item besides the published and pinned ones (the newest; the rest
   *     are pruned by the {@code content.versions-prune} job). At least 1, so the current version
   *     is never pruned.
   */
  public record Versions(@DefaultValue("50") @Min(1) @Max(100_000) int keep) {}

  /**
   * Limits of one {@code POST /api/v1/content/import}: counted while the zip is read, not taken
   * from its directory, so a zip bomb stops at the limit.
   *
   * @param maxFiles Markdown files one zip may hold
   * @param maxFileSize the largest one file may be, uncompressed
   * @param maxTotalSize the most all files together may be, uncompressed
   */
  public record Imports(
      @DefaultValue("1000") @Min(1) @Max(100_000) int maxFiles,
      @DefaultValue("2MB") DataSize maxFileSize,
      @DefaultValue("100MB") DataSize maxTotalSize) {

    public Imports {
      if (maxFileSize.toBytes() < 1 || maxTotalSize.toBytes() < maxFileSize.toBytes()) {
        throw new IllegalArgumentException(
            "trae.content.imports: max-file-size must be positive and at most max-total-size");
      }
    }
  }
}
