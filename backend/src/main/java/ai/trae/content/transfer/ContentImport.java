package ai.trae.content.transfer;

import ai.trae.content.ContentProperties;
import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.Editor;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.Items;
import ai.trae.content.item.NewItem;
import ai.trae.content.item.VersionSource;
import ai.trae.content.transfer.FrontMatterReader.Unreadable;
import ai.trae.identity.People;
import ai.trae.identity.Permissions;
import ai.trae.identity.UserId;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Imports Markdown files (one, or a zip of them) as new items, each through the item service with
 * source import, so each gets its first version and is audited and announced like any other create.
 * Each file is its own transaction: a bad one is reported by name and line, the rest are imported.
 */
@Service
public class ContentImport {

  private final Items items;
  private final People people;
  private final ContentProperties properties;

  ContentImport(Items items, People people, ContentProperties properties) {
    this.items = items;
    this.people = people;
    this.properties = properties;
  }

  public record Imported(String file, UUID id, String title) {}

  public record Result(List<Imported> imported, List<Failed> failed) {}

  /**
   * @param line null when no one line is at fault
   */
  public record Failed(String file, @Nullable Integer line, String message) {}

  public Result run(InputStreamSource upload, String name, Editor editor) {
    Result result = new Result(new ArrayList<>(), new ArrayList<>());
    var limits = properties.imports();
    try (InputStream in = upload.getInputStream()) {
      byte[] head = in.readNBytes(4);
      if (UploadFiles.isZip(head)) {
        Path zip = Files.createTempFile("trae-import-", ".zip");
        try {
          try (InputStream all = upload.getInputStream()) {
            Files.copy(all, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
          UploadFiles.measure(zip, limits);
          UploadFiles.each(
              zip,
              limits,
              (file, text) -> one(file, text, editor, result),
              bad -> failed(result, bad));
        } finally {
          Files.deleteIfExists(zip);
        }
      } else if (UploadFiles.isMarkdown(name) && UploadFiles.safe(name) == null) {
        byte[] bytes;
        try (InputStream all = upload.getInputStream()) {
          bytes = all.readNBytes(Math.toIntExact(limits.maxFileSize().toBytes() + 1));
        }
        UploadFiles.text(
            name,
            bytes,
            limits,
            (file, text) -> one(file, text, editor, result),
            bad -> failed(result, bad));
      } else {
        throw new ProblemException(
            TransferProblem.IMPORT_UNREADABLE,
            "Upload a .zip of Markdown files or one .md file; nothing was imported.");
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return result;
  }

  private void one(String file, String text, Editor editor, Result result) {
    ImportedFile read;
    try {
      read = FrontMatterReader.read(file, text);
    } catch (Unreadable ex) {
      result.failed().add(new Failed(file, ex.line, ex.getMessage()));
      return;
    }
    try {
      ContentItem created =
          items.create(
              new NewItem(
                  read.type(),
                  status(read.status(), editor),
                  withKnownCoAuthors(read.content()),
                  VersionSource.IMPORT,
                  note(file),
                  read.createdAt(),
                  read.publishedAt()),
              editor);
      keepAuthor(created, read.authorId(), editor);
      result.imported().add(new Imported(file, created.id(), created.content().title()));
    } catch (ErrorResponseException ex) {
      result.failed().add(refused(file, read, ex));
    }
  }

  /**
   * A file that does not say (Hugo without {@code draft}) is live on its site: published when the
   * importer may publish, else a draft. A scheduled item comes in approved: its time is set again.
   */
  private static ContentStatus status(@Nullable ContentStatus given, Editor editor) {
    if (given == null) {
      return editor.can(Permissions.CONTENT_PUBLISH)
          ? ContentStatus.PUBLISHED
          : ContentStatus.DRAFT;
    }
    return given == ContentStatus.SCHEDULED ? ContentStatus.APPROVED : given;
  }

  /** Co-authors of another instance are dropped, not a reason to refuse the file. */
  private ItemContent withKnownCoAuthors(ItemContent content) {
    if (content.coAuthorIds().isEmpty()) {
      return content;
    }
    Set<UUID> known =
        people.findAll(content.coAuthorIds().stream().map(UserId::of).toList()).keySet().stream()
            .map(UserId::value)
            .collect(Collectors.toSet());
    return new ItemContent(
        content.title(),
        content.slug(),
        content.summary(),
        content.body(),
        content.tags(),
        content.coverMediaId(),
        content.seo(),
        content.channels(),
        content.variants(),
        content.subject(),
        content.sections(),
        content.coAuthorIds().stream().filter(known::contains).toList());
  }

  /** The exported author, when they exist here and the importer may give items to others. */
  private void keepAuthor(ContentItem created, @Nullable UUID author, Editor editor) {
    if (author == null
        || author.equals(editor.userId())
        || !editor.can(Permissions.CONTENT_WRITE_ANY)
        || people.find(UserId.of(author)).isEmpty()) {
      return;
    }
    items.assign(created.id(), author, editor, VersionSource.IMPORT);
  }

  private static String note(String file) {
    String note = "Imported from " + file;
    return note.length() > 300 ? note.substring(0, 300) : note;
  }

  /** What the item service refused, at the line of the first field it named. */
  private static Failed refused(String file, ImportedFile read, ErrorResponseException ex) {
    String detail = ex.getBody().getDetail();
    Integer line = null;
    var properties = ex.getBody().getProperties();
    if (properties != null && properties.get("errors") instanceof List<?> errors) {
      List<String> messages = new ArrayList<>();
      for (Object error : errors) {
        if (error instanceof FieldProblem problem) {
          messages.add(problem.field() + ": " + problem.message());
          if (line == null) {
            line = read.lineOf(problem.field());
          }
        }
      }
      if (!messages.isEmpty()) {
        detail = String.join("; ", messages);
      }
    }
    return new Failed(file, line, detail == null ? "Refused" : detail);
  }

  private static void failed(Result result, BadFile bad) {
    result.failed().add(new Failed(bad.file(), bad.line(), bad.message()));
  }
}
