package ai.trae.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Entity tags are the row's version, quoted: {@code "7"}. Reading is lenient about a weak prefix
 * ({@code W/"7"}): compression in a proxy may weaken a tag, and the version it names is the same.
 */
final class ETags {

  private ETags() {}

  static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The versions an {@code If-Match} or {@code If-None-Match} header names; null for {@code *}.
   * Tags that are not one of ours are skipped: they match no version.
   */
  static @Nullable List<Long> versions(String header) {
    List<Long> versions = new ArrayList<>();
    for (String part : header.split(",")) {
      String tag = part.strip();
      if (tag.equals("*")) {
        return null;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.length() >= 3 && tag.startsWith("\"") && tag.endsWith("\"")) {
        try {
          versions.add(Long.parseLong(tag.substring(1, tag.length() - 1)));
        } catch (NumberFormatException notOurs) {
          // matches nothing
        }
      }
    }
    return versions;
  }
}
