package ai.trae.content.publishing.feed;

import org.jspecify.annotations.Nullable;

/** {@code If-None-Match} against one strong tag, by the weak comparison RFC 9110 §13.1.2 asks. */
public final class EntityTags {

  private EntityTags() {}

  public static boolean noneMatchHits(@Nullable String header, String etag) {
    if (header == null) {
      return false;
    }
    if (header.equals(etag)) {
      return true; // what nearly every revalidation sends: no split, no allocation
    }
    for (String part : header.split(",")) {
      String tag = part.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
