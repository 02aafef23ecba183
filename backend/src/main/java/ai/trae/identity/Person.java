package ai.trae.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person as other modules show them: next to content they wrote, in a review list, on a
 * dashboard. No e-mail and nothing that signs in; an anonymised account keeps its id and shows its
 * pseudonym, so old content still has an author.
 *
 * @param initials what an avatar without a picture shows ({@link #initialsOf})
 * @param role the role's name (e.g. {@code EDITOR}); roles are data, so a string
 */
public record Person(UserId id, String displayName, String initials, String role, Status status) {

  /** Grapheme clusters (a flag, a family emoji, an accented letter): one "character" on screen. */
  private static final Pattern GRAPHEME = Pattern.compile("\\X");

  public enum Status {
    /** Invited, not yet accepted. */
    INVITED,
    ACTIVE,
    DISABLED,
    /** Personal data removed; the display name is a pseudonym. */
    ANONYMISED
  }

  /**
   * The first character of the first two words, upper-cased, as the web UI's avatars do: "Ada
   * Lovelace" gives "AL", "ada" gives "A", "🎉 party" gives "🎉P". A character is what the reader
   * sees as one, so an emoji is never cut in half. A blank name gives "?".
   */
  public static String initialsOf(String displayName) {
    List<String> letters = new ArrayList<>(2);
    for (String word : displayName.strip().split("\\s+")) {
      if (letters.size() == 2) {
        break;
      }
      Matcher first = GRAPHEME.matcher(word);
      if (!word.isEmpty() && first.find()) {
        letters.add(first.group().toUpperCase(Locale.ROOT));
      }
    }
    return letters.isEmpty() ? "?" : String.join("", letters);
  }
}
