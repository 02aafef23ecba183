package ai.trae.content.item;

import ai.trae.content.ContentProblem;
import ai.trae.platform.web.ProblemException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slugs: made from the title when the author leaves it blank (accents folded to ASCII, everything
 * else a hyphen), unique per type among current and former slugs, so an old link never lands on
 * another item.
 */
@Component
class Slugs {

  static final int MAX = 120;
  static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Latin letters that Unicode does not decompose into a base letter and a mark. */
  private static final Map<Character, String> UNDECOMPOSED =
      Map.ofEntries(
          Map.entry('ß', "ss"),
          Map.entry('ø', "o"),
          Map.entry('Ø', "o"),
          Map.entry('æ', "ae"),
          Map.entry('Æ', "ae"),
          Map.entry('œ', "oe"),
          Map.entry('Œ', "oe"),
          Map.entry('đ', "d"),
          Map.entry('Đ', "d"),
          Map.entry('ð', "d"),
          Map.entry('Ð', "d"),
          Map.entry('ł', "l"),
          Map.entry('Ł', "l"),
          Map.entry('þ', "th"),
          Map.entry('Þ', "th"),
          Map.entry('ı', "i"));

  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

  private final ContentItems items;

  Slugs(ContentItems items) {
    this.items = items;
  }

  /** ASCII-folded, lower-case, hyphenated; "" when nothing of the title survives. */
  static String of(String title) {
    StringBuilder latin = new StringBuilder(title.length());
    for (char ch : title.toCharArray()) {
      String replacement = UNDECOMPOSED.get(ch);
      if (replacement != null) {
        latin.append(replacement);
      } else {
        latin.append(ch);
      }
    }
    String folded =
        MARKS
            .matcher(Normalizer.normalize(latin, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    String slug = NOT_SLUG.matcher(folded).replaceAll("-");
    slug = trimHyphens(slug);
    if (slug.length() > MAX) {
      int cut = slug.lastIndexOf('-', MAX);
      slug = trimHyphens(slug.substring(0, cut > MAX / 2 ? cut : MAX));
    }
    return slug;
  }

  /**
   * The slug the item gets: the author's if given (409 when another item has or had it), else one
   * made from the title with {@code -2}, {@code -3}… added until it is free.
   */
  String choose(ContentType type, @Nullable String wanted, String title, @Nullable UUID itemId) {
    if (wanted != null && !wanted.isBlank()) {
      if (items.slugTaken(type, wanted, itemId)) {
        throw taken(wanted);
      }
      return wanted;
    }
    String base = of(title);
    if (base.isEmpty()) {
      base = type.value();
    }
    String slug = base;
    for (int n = 2; items.slugTaken(type, slug, itemId); n++) {
      String suffix = "-" + n;
      slug =
          trimHyphens(base.substring(0, Math.min(base.length(), MAX - suffix.length()))) + suffix;
    }
    return slug;
  }

  static ProblemException taken(String slug) {
    return new ProblemException(
        ContentProblem.SLUG_TAKEN,
        "Another item of this type has, or used to have, the slug \"%s\".".formatted(slug));
  }

  private static String trimHyphens(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
