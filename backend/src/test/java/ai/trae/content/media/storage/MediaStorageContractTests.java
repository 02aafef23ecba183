package ai.trae.content.media.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.content.media.MediaProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link MediaStorage} promises, against a local directory and against S3Mock. */
@ExtendWith(S3MockServer.class)
class MediaStorageContractTests {

  @TempDir static Path temp;

  static Stream<Arguments> storages() throws IOException {
    MediaStorage local = new LocalMediaStorage(Files.createTempDirectory(temp, "local"));
    MediaStorage s3 =
        new S3MediaStorage(
            StorageConfiguration.s3Client(
                new MediaProperties.S3(
                    S3MockServer.BUCKET,
                    S3MockServer.endpoint(),
                    "us-east-1",
                    "test-access",
                    "test-secret",
                    true)),
            S3MockServer.BUCKET);
    return Stream.of(Arguments.of("local", local), Arguments.of("s3", s3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void putThenOpenGivesTheSameBytes(String name, MediaStorage storage) throws IOException {
    byte[] bytes = random(300_000);
    String key = key();

    storage.put(key, file(bytes), "application/octet-stream");

    assertThat(storage.exists(key)).isTrue();
    try (InputStream in = storage.open(key, null)) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void aRangeGivesExactlyThoseBytes(String name, MediaStorage storage) throws IOException {
    byte[] bytes = random(100_000);
    String key = key();
    storage.put(key, file(bytes), "application/octet-stream");

    try (InputStream in = storage.open(key, new ByteRange(1000, 1999))) {
      byte[] part = in.readAllBytes();
      assertThat(part).hasSize(1000);
      assertThat(part).isEqualTo(java.util.Arrays.copyOfRange(bytes, 1000, 2000));
    }
    try (InputStream in = storage.open(key, new ByteRange(99_999, 99_999))) {
      assertThat(in.readAllBytes()).containsExactly(bytes[99_999]);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void aSecondPutReplacesTheObjectWhole(String name, MediaStorage storage) throws IOException {
    String key = key();
    storage.put(key, file(random(5000)), "image/png");
    byte[] second = random(10);

    storage.put(key, file(second), "image/png");

    try (InputStream in = storage.open(key, null)) {
      assertThat(in.readAllBytes()).isEqualTo(second);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void deletedAndUnknownKeysAreAbsent(String name, MediaStorage storage) throws IOException {
    String key = key();
    storage.put(key, file(random(10)), "text/plain");

    storage.delete(key);
    storage.delete(key);

    assertThat(storage.exists(key)).isFalse();
    assertThat(storage.exists(key())).isFalse();
    assertThatThrownBy(() -> storage.open(key, null).close())
        .isInstanceOf(NoSuchFileException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void keysThatCouldLeaveTheirPlaceAreRefused(String name, MediaStorage storage) {
    for (String bad : new String[] {"../etc/passwd", "/abs", "a/../../b", "Upper", "a b", ""}) {
      assertThatThrownBy(() -> storage.exists(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static String key() {
    return UUID.randomUUID() + "/original";
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static Path file(byte[] bytes) {
    try {
      return Files.write(Files.createTempFile(temp, "src", ".bin"), bytes);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
