package ai.trae.content.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Media in an S3-compatible bucket, for several nodes. SDK failures surface as {@link IOException}s
 * so callers treat both storages alike.
 */
public final class S3MediaStorage implements MediaStorage {

  private final S3Client client;
  private final String bucket;

  public S3MediaStorage(S3Client client, String bucket) {
    this.client = client;
    this.bucket = bucket;
  }

  @Override
  public void put(String key, Path source, String mediaType) throws IOException {
    String checked = MediaStorage.checkedKey(key);
    try {
      client.putObject(
          b -> b.bucket(bucket).key(checked).contentType(mediaType), RequestBody.fromFile(source));
    } catch (SdkException ex) {
      throw new IOException("Could not store " + key + " in bucket " + bucket, ex);
    }
  }

  @Override
  public InputStream open(String key, @Nullable ByteRange range) throws IOException {
    GetObjectRequest.Builder request =
        GetObjectRequest.builder().bucket(bucket).key(MediaStorage.checkedKey(key));
    if (range != null) {
      request.range("bytes=" + range.first() + "-" + range.last());
    }
    try {
      return client.getObject(request.build());
    } catch (NoSuchKeyException ex) {
      throw new NoSuchFileException(key);
    } catch (SdkException ex) {
      throw new IOException("Could not read " + key + " from bucket " + bucket, ex);
    }
  }

  @Override
  public void delete(String key) throws IOException {
    String checked = MediaStorage.checkedKey(key);
    try {
      client.deleteObject(b -> b.bucket(bucket).key(checked));
    } catch (SdkException ex) {
      throw new IOException("Could not delete " + key + " from bucket " + bucket, ex);
    }
  }

  @Override
  public boolean exists(String key) throws IOException {
    String checked = MediaStorage.checkedKey(key);
    try {
      client.headObject(b -> b.bucket(bucket).key(checked));
      return true;
    } catch (NoSuchKeyException ex) {
      return false;
    } catch (S3Exception ex) {
      if (ex.statusCode() == 404) {
        return false;
      }
      throw new IOException("Could not look for " + key + " in bucket " + bucket, ex);
    } catch (SdkException ex) {
      throw new IOException("Could not look for " + key + " in bucket " + bucket, ex);
    }
  }
}
