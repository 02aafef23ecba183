package ai.trae.content.media;

import ai.trae.content.media.storage.ByteRange;
import ai.trae.content.media.storage.MediaStorage;
import ai.trae.platform.crypto.DerivedKeys;
import ai.trae.platform.crypto.DerivedKeys.DerivedKey;
import ai.trae.platform.web.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What the serving endpoints send: the stored object behind a media file or one of its variants,
 * and signed URLs, which let a browser without a session (an {@code <img>}, a feed reader) fetch
 * one until it expires. A signature is an HMAC-SHA-256 over id, name and expiry with a key derived
 * from the master key, which the URL names, so rotating the master key does not break links at
 * once.
 */
@Service
public class MediaServing {

  /** The name of the original file among the variants, in URLs. */
  public static final String ORIGINAL = "original";

  static final String PURPOSE = "content.media.signed-url";
  static final Duration MAX_TTL = Duration.ofDays(7);

  private final MediaLibrary library;
  private final MediaStorage storage;
  private final DerivedKeys keys;
  private final MediaProperties properties;
  private final Clock clock;

  MediaServing(
      MediaLibrary library,
      MediaStorage storage,
      DerivedKeys keys,
      MediaProperties properties,
      Clock clock) {
    this.library = library;
    this.storage = storage;
    this.keys = keys;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * One servable object.
   *
   * @param etag strong: the upload's SHA-256 (with the variant's name), which fixes the bytes
   * @param downloadOnly SVG: served as an attachment under a sandboxing CSP, never inline
   */
  public record Served(
      String key,
      String mediaType,
      long size,
      String etag,
      String fileName,
      boolean variant,
      boolean downloadOnly) {}

  public record SignedUrl(String path, Instant expiresAt) {}

  /** The original, or the variant of that name ({@link #ORIGINAL} for the original). */
  public Served served(UUID id, String name) {
    Media media = library.get(id);
    if (name.equals(ORIGINAL)) {
      return new Served(
          media.storageKey(),
          media.mediaType(),
          media.size(),
          "\"" + media.sha256() + "\"",
          media.fileName(),
          false,
          media.isSvg());
    }
    Media.Variant variant =
        media
            .variant(name)
            .orElseThrow(
                () ->
                    new ProblemException(
                        MediaProblem.MEDIA_NOT_FOUND,
                        "Media " + id + " has no variant " + name + " (yet)."));
    return new Served(
        variant.storageKey(id),
        variant.mediaType(),
        variant.size(),
        "\"" + media.sha256() + "-" + name + "\"",
        media.fileName(),
        true,
        false);
  }

  /** The object's bytes, or those of the range (checked against its size by the caller). */
  public InputStream open(Served served, @Nullable ByteRange range) {
    try {
      return storage.open(served.key(), range);
    } catch (NoSuchFileException gone) {
      throw new ProblemException(MediaProblem.MEDIA_NOT_FOUND, "The file is no longer stored.");
    } catch (IOException ex) {
      throw MediaLibrary.unavailable(ex);
    }
  }

  /** A path that serves this object without a session until it expires. */
  public SignedUrl sign(UUID id, String name, @Nullable Duration ttl) {
    served(id, name);
    Duration validFor = ttl == null ? properties.signedUrlTtl() : ttl;
    if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_TTL) > 0) {
      throw new ai.trae.platform.web.ValidationFailedException(
          "ttlSeconds", "Between 1 second and 7 days.");
    }
    Instant expires =
        clock.instant().plus(validFor).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    return signed(id, name, expires);
  }

  /**
   * A signed path for media already read (a page of items' covers: no query per file), expiring at
   * {@code expires}, at most 7 days ahead. A caller that caches what it signs picks a fixed expiry,
   * so the URL, and the ETag of what holds it, stays the same while it caches.
   */
  public SignedUrl signUntil(Media media, String name, Instant expires) {
    if (!name.equals(ORIGINAL) && media.variant(name).isEmpty()) {
      throw new ProblemException(
          MediaProblem.MEDIA_NOT_FOUND, "Media " + media.id() + " has no variant " + name + ".");
    }
    Instant at = expires.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Instant now = clock.instant();
    if (!at.isAfter(now) || at.isAfter(now.plus(MAX_TTL))) {
      throw new IllegalArgumentException("a signed URL expires within 7 days");
    }
    return signed(media.id(), name, at);
  }

  private SignedUrl signed(UUID id, String name, Instant expires) {
    DerivedKey key = keys.current(PURPOSE);
    String signature = signature(key, id, name, expires.getEpochSecond());
    return new SignedUrl(
        "/api/v1/media/signed/%s/%s?expires=%d&key=%d&signature=%s"
            .formatted(id, name, expires.getEpochSecond(), key.masterKeyId(), signature),
        expires);
  }

  /** What a signed URL serves, or a 404 {@code /problems/media-link-invalid}. */
  public Served verified(UUID id, String name, long expires, int keyId, String signature) {
    boolean valid =
        Instant.ofEpochSecond(Math.max(0, expires)).isAfter(clock.instant())
            && keys.forMasterKey(PURPOSE, keyId)
                .map(
                    key ->
                        MessageDigest.isEqual(
                            signature(key, id, name, expires).getBytes(StandardCharsets.US_ASCII),
                            signature.getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    if (!valid) {
      throw new ProblemException(
          MediaProblem.MEDIA_LINK_INVALID, "This media link is not valid, or it has expired.");
    }
    return served(id, name);
  }

  private static String signature(DerivedKey key, UUID id, String name, long expires) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key.key());
      byte[] digest =
          mac.doFinal((id + "\n" + name + "\n" + expires).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("HmacSHA256 is in every JDK", ex);
    }
  }
}
