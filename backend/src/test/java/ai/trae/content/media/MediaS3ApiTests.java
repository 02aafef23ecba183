package ai.trae.content.media;

import ai.trae.content.media.storage.S3MockServer;
import ai.trae.support.IntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The same media API tests with files in an S3-compatible bucket (S3Mock in its own JVM). */
@IntegrationTest
@TestPropertySource(properties = "trae.jobs.polling-interval=200ms")
class MediaS3ApiTests extends MediaApiContract {

  @DynamicPropertySource
  static void bucket(DynamicPropertyRegistry registry) {
    registry.add("trae.media.storage", () -> "s3");
    registry.add("trae.media.s3.bucket", () -> S3MockServer.BUCKET);
    registry.add("trae.media.s3.endpoint", () -> S3MockServer.endpoint().toString());
    registry.add("trae.media.s3.access-key", () -> "test-access");
    registry.add("trae.media.s3.secret-key", () -> "test-secret");
    registry.add("trae.media.s3.path-style", () -> "true");
  }
}
