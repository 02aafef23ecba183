package ai.trae.content.media.storage;

import ai.trae.content.media.MediaProperties;
import ai.trae.platform.database.DataProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The one {@link MediaStorage}, chosen by {@code trae.media.storage}. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

  @Bean(destroyMethod = "")
  MediaStorage mediaStorage(MediaProperties properties, DataProperties data) throws IOException {
    return switch (properties.storage()) {
      case LOCAL -> {
        Path dir = properties.local().dir();
        yield new LocalMediaStorage(dir != null ? dir : data.absoluteDir().resolve("media"));
      }
      case S3 ->
          new S3MediaStorage(
              s3Client(properties.s3()), Objects.requireNonNull(properties.s3().bucket()));
    };
  }

  static S3Client s3Client(MediaProperties.S3 s3) {
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(s3.region()))
            .forcePathStyle(s3.pathStyle())
            // S3-compatible servers differ in which of AWS's newer checksums they accept; these
            // are only sent where the API requires one
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    if (s3.endpoint() != null) {
      builder.endpointOverride(s3.endpoint());
    }
    if (s3.accessKey() != null && s3.secretKey() != null) {
      builder.credentialsProvider(
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
    } else {
      builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
    }
    return builder.build();
  }
}
