package ai.trae.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class MediaPropertiesTests {

  static final MediaProperties.Local LOCAL = new MediaProperties.Local(null);

  static MediaProperties.S3 s3(String bucket) {
    return new MediaProperties.S3(
        bucket, URI.create("http://127.0.0.1:9000"), "us-east-1", "key", "very-secret", true);
  }

  @Test
  void s3StorageNeedsABucket() {
    assertThatThrownBy(
            () ->
                new MediaProperties(
                    MediaProperties.Storage.S3,
                    DataSize.ofMegabytes(50),
                    Duration.ofHours(1),
                    LOCAL,
                    s3(null)))
        .hasMessageContaining("TRAE_MEDIA_S3_BUCKET");
    assertThat(
            new MediaProperties(
                    MediaProperties.Storage.S3,
                    DataSize.ofMegabytes(50),
                    Duration.ofHours(1),
                    LOCAL,
                    s3("media"))
                .s3()
                .bucket())
        .isEqualTo("media");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(
            () ->
                new MediaProperties(
                    MediaProperties.Storage.LOCAL,
                    DataSize.ofBytes(0),
                    Duration.ofHours(1),
                    LOCAL,
                    s3(null)))
        .hasMessageContaining("max-upload-size");
    assertThatThrownBy(
            () ->
                new MediaProperties(
                    MediaProperties.Storage.LOCAL,
                    DataSize.ofMegabytes(1),
                    Duration.ZERO,
                    LOCAL,
                    s3(null)))
        .hasMessageContaining("signed-url-ttl");
  }

  @Test
  void theSecretKeyIsNeverPrinted() {
    assertThat(s3("media").toString()).doesNotContain("very-secret").contains("(hidden)");
  }
}
