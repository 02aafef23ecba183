package ai.trae.content.media;

import ai.trae.content.item.Editor;
import ai.trae.content.item.MediaUsage;
import ai.trae.content.item.MediaUsage.UsingItem;
import ai.trae.content.media.storage.MediaStorage;
import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.platform.database.Ids;
import ai.trae.platform.jobs.Jobs;
import ai.trae.platform.web.IfMatch;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.Problems;
import ai.trae.platform.web.VersionConflictException;
import ai.trae.platform.web.Versioned;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The media library: every upload, change and deletion of media goes through here. An upload is
 * spooled to disk through a digest and a size limit, sniffed, de-duplicated by SHA-256, stripped of
 * location metadata and stored before its row is written; the row, the audit entry and the variants
 * job commit together.
 */
@Service
public class MediaLibrary {

  /** How many using items a refusal or "where used" lists. */
  static final int USAGE_LIMIT = 100;

  private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);

  private final MediaRows rows;
  private final MediaStorage storage;
  private final MediaSpool spool;
  private final MediaUsage usage;
  private final AuditLog audit;
  private final Jobs jobs;
  private final OneTimeTask<String> variantsTask;
  private final TransactionTemplate transactions;
  private final MediaProperties properties;
  private final Clock clock;

  MediaLibrary(
      MediaRows rows,
      MediaStorage storage,
      MediaSpool spool,
      MediaUsage usage,
      AuditLog audit,
      Jobs jobs,
      OneTimeTask<String> mediaVariantsTask,
      PlatformTransactionManager transactionManager,
      MediaProperties properties,
      Clock clock) {
    this.rows = rows;
    this.storage = storage;
    this.spool = spool;
    this.usage = usage;
    this.audit = audit;
    this.jobs = jobs;
    this.variantsTask = mediaVariantsTask;
    this.transactions = new TransactionTemplate(transactionManager);
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * @param created false when the same bytes were uploaded before: {@code media} is that file
   */
  public record Uploaded(Media media, boolean created) {}

  /**
   * Takes one upload.
   *
   * @param name the name the client sent (sanitised here)
   * @param declaredType the part's Content-Type, if any
   * @throws ProblemException 413 past the size limit, 415 for a type off the allow-list or a name
   *     or declared type that disagrees with the bytes, 503 when storage fails
   */
  public Uploaded upload(
      @Nullable String name, @Nullable String declaredType, InputStream body, Editor editor)
      throws IOException {
    Spool upload = Spool.of(body, spool.directory(), properties.maxUploadSize().toBytes());
    List<Path> temporary = new ArrayList<>(List.of(upload.file()));
    try {
      String fileName = FileNames.sanitise(name, "upload");
      String type = TypeCheck.check(upload.file(), fileName, declaredType);
      Optional<Media> existing = rows.bySha256(upload.sha256());
      if (existing.isPresent()) {
        return new Uploaded(existing.get(), false);
      }
      Path clean = cleaned(upload.file(), type);
      temporary.add(clean);
      Optional<Images.Size> size =
          MediaTypes.isRaster(type) ? Images.size(clean) : Optional.empty();
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      Media media =
          new Media(
              Ids.newId(),
              upload.sha256(),
              fileName,
              type,
              MediaTypes.kindOf(type).orElseThrow(),
              Files.size(clean),
              size.map(Images.Size::width).orElse(null),
              size.map(Images.Size::height).orElse(null),
              "",
              List.of(),
              editor.userId(),
              now,
              now,
              1);
      store(media, clean);
      try {
        return record(media, editor);
      } catch (RuntimeException ex) {
        deleteQuietly(List.of(media.storageKey()));
        throw ex;
      }
    } finally {
      for (Path file : temporary) {
        Files.deleteIfExists(file);
      }
    }
  }

  private Path cleaned(Path file, String type) {
    try {
      return MetadataStripper.strip(file, type);
    } catch (IOException damaged) {
      throw new ProblemException(
          MediaProblem.MEDIA_TYPE_MISMATCH,
          "The file starts like " + type + " but is not a readable one; nothing was stored.");
    }
  }

  private void store(Media media, Path file) {
    try {
      storage.put(media.storageKey(), file, media.mediaType());
    } catch (IOException ex) {
      throw unavailable(ex);
    }
  }

  private Uploaded record(Media media, Editor editor) {
    Boolean inserted =
        transactions.execute(
            status -> {
              if (!rows.insert(media)) {
                return false;
              }
              audit.record(
                  AuditEvent.of("media.uploaded", actor(editor))
                      .target("media", media.id())
                      .with("fileName", media.fileName())
                      .with("mediaType", media.mediaType())
                      .with("size", media.size()));
              if (MediaTypes.isRaster(media.mediaType())) {
                jobs.schedule(
                    variantsTask, media.id().toString(), media.id().toString(), clock.instant());
              }
              return true;
            });
    if (Boolean.TRUE.equals(inserted)) {
      return new Uploaded(media, true);
    }
    // the same bytes were stored by a concurrent upload between our look-up and our insert
    deleteQuietly(List.of(media.storageKey()));
    return new Uploaded(rows.bySha256(media.sha256()).orElseThrow(), false);
  }

  public Media get(UUID id) {
    return rows.byId(id)
        .orElseThrow(
            () ->
                new ProblemException(
                    MediaProblem.MEDIA_NOT_FOUND, "There is no media " + id + "."));
  }

  /** These media in one query; unknown ids are left out. */
  public List<Media> byIds(Collection<UUID> ids) {
    return rows.byIds(Set.copyOf(ids));
  }

  /** A page of the library, newest first, optionally of one kind and matching {@code q}. */
  public Page<Media> list(@Nullable MediaKind kind, @Nullable String q, PageRequest page) {
    var after = page.after();
    Instant at = after == null ? null : after.expect(2).instant(0);
    UUID id = after == null ? null : after.expect(2).uuid(1);
    return page.page(
        rows.page(kind, q, at, id, page.fetchSize()),
        m -> ai.trae.platform.web.Cursors.encode(m.createdAt(), m.id()));
  }

  /**
   * Replaces the alt text, if the client's {@code If-Match} names a version read since the alt text
   * last changed (the variants job's later write does not fail the edit).
   *
   * @param shown what a version conflict carries as {@code current}
   */
  public Media updateAltText(UUID id, String altText, IfMatch ifMatch, Function<Media, ?> shown) {
    Media current = get(id);
    if (!rows.updateAltText(
        id, altText.strip(), ifMatch.expected(current.version()), clock.instant())) {
      Media stored = get(id);
      throw new VersionConflictException(Versioned.of(shown.apply(stored), stored.version()));
    }
    return get(id);
  }

  /** The items that use this file (their cover), newest first. */
  public List<UsingItem> whereUsed(UUID id) {
    get(id);
    return usage.coverOf(id, USAGE_LIMIT);
  }

  /**
   * Deletes a file no item uses, with its variants.
   *
   * @throws ProblemException 409 {@code /problems/media-in-use} listing the items that use it
   */
  public void delete(UUID id, Editor editor) {
    List<String> keys =
        transactions.execute(
            status -> {
              Media media = get(id);
              List<UsingItem> users = usage.coverOf(id, USAGE_LIMIT);
              if (!users.isEmpty()) {
                ProblemDetail problem =
                    Problems.of(
                        MediaProblem.MEDIA_IN_USE,
                        "%d item(s) use %s; change them first."
                            .formatted(users.size(), media.fileName()));
                problem.setProperty("items", users);
                throw new ProblemException(problem);
              }
              rows.delete(id);
              jobs.cancel(variantsTask, id.toString());
              audit.record(
                  AuditEvent.of("media.deleted", actor(editor))
                      .target("media", id)
                      .with("fileName", media.fileName())
                      .with("sha256", media.sha256()));
              List<String> stored = new ArrayList<>(List.of(media.storageKey()));
              media.variants().forEach(v -> stored.add(v.storageKey(id)));
              return stored;
            });
    deleteQuietly(keys == null ? List.of() : keys);
  }

  /**
   * Of these media, the images without alt text: what content's workflow refuses to publish as an
   * item's images. Unknown ids are left out.
   */
  public Set<UUID> missingAltText(Collection<UUID> ids) {
    return rows.byIds(Set.copyOf(ids)).stream()
        .filter(m -> m.kind() == MediaKind.IMAGE && m.altText().isBlank())
        .map(Media::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  private void deleteQuietly(List<String> keys) {
    for (String key : keys) {
      try {
        storage.delete(key);
      } catch (IOException ex) {
        // the row is gone: nothing serves the object, it only takes space
        log.warn("Could not delete media object {}: {}", key, ex.toString());
      }
    }
  }

  static ProblemException unavailable(IOException ex) {
    log.error("Media storage failed", ex);
    return new ProblemException(
        MediaProblem.MEDIA_UNAVAILABLE, "The media storage failed; try again shortly.");
  }

  private static AuditEvent.Actor actor(Editor editor) {
    return AuditEvent.Actor.user(editor.userId(), editor.name());
  }
}
