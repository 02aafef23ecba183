package ai.trae.content.transfer;

import ai.trae.content.ContentProperties.Imports;
import ai.trae.platform.web.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * The Markdown files of an uploaded zip, within the import limits. A zip's own size fields can lie,
 * so sizes are counted while decompressing: reading stops one byte past a limit, and the whole zip
 * is measured before any item is created, so a zip bomb is refused without a trace. Names are only
 * ever reported and used for a slug, never as paths; unsafe ones are refused all the same.
 */
final class UploadFiles {

  private UploadFiles() {}

  static boolean isZip(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5);
  }

  static boolean isMarkdown(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }

  /** Refuses the zip (413) when its files or their uncompressed bytes exceed the limits. */
  static void measure(Path zip, Imports limits) {
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      if (file.size() > limits.maxFiles()) {
        throw tooLarge("more than " + limits.maxFiles() + " files");
      }
      long total = 0;
      for (ZipEntry entry : Collections.list(file.entries())) {
        if (wanted(entry) && safe(entry.getName()) == null) {
          try (InputStream in = file.getInputStream(entry)) {
            total += in.readNBytes(Math.toIntExact(limits.maxFileSize().toBytes() + 1)).length;
          }
          if (total > limits.maxTotalSize().toBytes()) {
            throw tooLarge("more than " + limits.maxTotalSize() + " uncompressed");
          }
        }
      }
    } catch (ZipException ex) {
      throw unreadable();
    } catch (IOException ex) {
      throw unreadable();
    }
  }

  /** Each Markdown file's name and text, in the zip's order; a bad one goes to {@code bad}. */
  static void each(
      Path zip, Imports limits, BiConsumer<String, String> good, Consumer<BadFile> bad) {
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        if (!wanted(entry)) {
          continue;
        }
        String name = entry.getName();
        String unsafe = safe(name);
        if (unsafe != null) {
          bad.accept(new BadFile(printable(name), null, unsafe));
          continue;
        }
        try (InputStream in = file.getInputStream(entry)) {
          text(
              name,
              in.readNBytes(Math.toIntExact(limits.maxFileSize().toBytes() + 1)),
              limits,
              good,
              bad);
        }
      }
    } catch (IOException ex) {
      throw unreadable();
    }
  }

  /** One file's bytes: too large, not UTF-8, or its text. */
  static void text(
      String name,
      byte[] bytes,
      Imports limits,
      BiConsumer<String, String> good,
      Consumer<BadFile> bad) {
    if (bytes.length > limits.maxFileSize().toBytes()) {
      bad.accept(new BadFile(name, null, "The file is larger than " + limits.maxFileSize()));
      return;
    }
    try {
      good.accept(
          name,
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException ex) {
      bad.accept(new BadFile(name, null, "The file is not UTF-8 text"));
    }
  }

  /**
   * Markdown files only: folders, pictures of a Hugo bundle and macOS resource forks are skipped.
   */
  private static boolean wanted(ZipEntry entry) {
    return !entry.isDirectory()
        && !entry.getName().startsWith("__MACOSX/")
        && isMarkdown(entry.getName());
  }

  /**
   * Why a name is unsafe (absolute, climbing out with .., a drive, control characters), or null.
   */
  static @Nullable String safe(String name) {
    if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
      return "An absolute path is not allowed in an import";
    }
    if (List.of(name.split("[/\\\\]")).contains("..")) {
      return "A path that climbs out with .. is not allowed in an import";
    }
    if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || name.length() > 500) {
      return "The file name has control characters or is too long";
    }
    return null;
  }

  private static String printable(String name) {
    String cleaned = name.replaceAll("\\p{Cntrl}", "?");
    return cleaned.length() > 200 ? cleaned.substring(0, 200) + "…" : cleaned;
  }

  private static ProblemException tooLarge(String what) {
    return new ProblemException(
        TransferProblem.IMPORT_TOO_LARGE, "The zip holds " + what + "; nothing was imported.");
  }

  private static ProblemException unreadable() {
    return new ProblemException(
        TransferProblem.IMPORT_UNREADABLE, "The zip could not be read; nothing was imported.");
  }
}
