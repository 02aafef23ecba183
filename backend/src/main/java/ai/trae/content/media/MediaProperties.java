package ai.trae.content.media;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Media settings ({@code TRAE_MEDIA_*}), validated at start-up.
 *
 * @param storage where files live: {@code local} (under the data directory) or {@code s3} (any
 *     S3-compatible bucket; needed as soon as more than one node serves media)
 * @param maxUploadSize the largest upload accepted; larger ones are refused with 413 while they are
 *     read, never stored
 * @param signedUrlTtl how long a signed media URL stays valid when its maker names no time
 * @param local the local directory
 * @param s3 the bucket
 */
@Validated
@ConfigurationProperties("trae.media")
public record MediaProperties(
    @DefaultValue("local") @NotNull Storage storage,
    @DefaultValue("50MB") DataSize maxUploadSize,
    @DefaultValue("1h") Duration signedUrlTtl,
    @DefaultValue @Valid Local local,
    @DefaultValue @Valid S3 s3) {

  public MediaProperties {
    if (maxUploadSize.toBytes() < 1) {
      throw new IllegalArgumentException("trae.media.max-upload-size must be positive");
    }
    if (signedUrlTtl.isNegative() || signedUrlTtl.isZero()) {
      throw new IllegalArgumentException("trae.media.signed-url-ttl must be positive");
    }
    if (storage == Storage.S3 && (s3.bucket() == null || s3.bucket().isBlank())) {
      throw new IllegalArgumentException(
          "trae.media.storage=s3 needs trae.media.s3.bucket (TRAE_MEDIA_S3_BUCKET)");
    }
  }

  public enum Storage {
    LOCAL,
    S3
  }

  /**
   * @param dir the directory; {@code <data dir>/media} when not set
   */
  public record Local(@Nullable Path dir) {}

  /**
   * @param bucket the bucket, which must exist
   * @param endpoint the service's URL for S3-compatible servers (MinIO, Garage, R2, …); AWS's own
   *     when not set
   * @param region the signing region
   * @param accessKey with {@code secretKey}: static credentials; when not set, the SDK's default
   *     chain (environment, profile, instance role)
   * @param secretKey never logged
   * @param pathStyle {@code https://host/bucket/key} instead of {@code https://bucket.host/key}
   *     (most self-hosted servers want it)
   */
  public record S3(
      @Nullable String bucket,
      @Nullable URI endpoint,
      @DefaultValue("us-east-1") String region,
      @Nullable String accessKey,
      @Nullable String secretKey,
      @DefaultValue("false") boolean pathStyle) {

    @Override
    public String toString() {
      return "S3[bucket=%s, endpoint=%s, region=%s, accessKey=%s, secretKey=%s, pathStyle=%s]"
          .formatted(
              bucket,
              endpoint,
              region,
              accessKey,
              secretKey == null ? null : "(hidden)",
              pathStyle);
    }
  }
}
