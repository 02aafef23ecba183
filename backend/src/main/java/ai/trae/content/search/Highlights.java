package ai.trae.content.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * A query's words marked in a hit's title and snippet, as escaped HTML: everything is text except
 * the {@code <mark>} elements written here, so whatever the item holds (tags, entities, quotes)
 * stays inert. Done in Java because PostgreSQL's ts_headline re-parses each text and cost about as
 * much as the rest of a search request together.
 *
 * <p>A word of the text matches when it equals a query word (ignoring case) or has the same
 * Snowball English stem, the stemmer of the content_english configuration that found the item, so
 * "launched" marks "launches". Words after a {@code -} (web-search negation, also {@code -"a
 * phrase"}) and the {@code or} operator are not marked. One instance serves one request: it
 * remembers the words it has looked at, since titles and bodies of a page repeat them.
 */
final class Highlights {

  /** About as many words as ts_headline's MaxWords gave. */
  static final int SNIPPET_WORDS = 35;

  /** How much of summary + body the snippet is cut from; ContentSearch reads no more. */
  static final int SOURCE_CHARS = 2_000;

  /** Words of context shown before the first match. */
  private static final int BEFORE_MATCH = 10;

  private final Set<String> words;
  // the lower-case first letters of the query's words: a text word starting otherwise cannot
  // match (checked before any allocation, as most words of a text fail here)
  private final StringBuilder initials = new StringBuilder();
  private final Set<String> stems = new HashSet<>();
  private final List<String> stemStarts = new ArrayList<>();
  private final Map<String, Boolean> seen = new HashMap<>();
  private final EnglishStemmer stemmer = new EnglishStemmer();

  private Highlights(Set<String> words) {
    this.words = words;
    for (String word : words) {
      initials.append(word.charAt(0));
      String stem = stem(word);
      if (stem.isEmpty()) {
        continue;
      }
      stems.add(stem);
      // Snowball rewrites at most a word's last few letters (a stem of three letters or fewer
      // only keeps the first: "dying" -> "die"), so a word that does not start like a query
      // word's stem cannot share it, and most words of a text need no stemming at all
      stemStarts.add(stem.substring(0, Math.max(1, stem.length() - 3)));
    }
  }

  /** The marks for a query in web-search syntax (what websearch_to_tsquery reads). */
  static Highlights of(String query) {
    return new Highlights(QueryWords.positive(query));
  }

  /** The whole title, every matching word marked. */
  String title(String title) {
    StringBuilder html = new StringBuilder(title.length() + 32);
    render(title, 0, title.length(), html);
    return html.toString();
  }

  /**
   * About {@link #SNIPPET_WORDS} words of the text around its first match (its start when nothing
   * matches, e.g. an item found by a close title word), with an ellipsis where text is left out.
   * Markdown's block markers (headings, quotes, list bullets) and emphasis and code marks are
   * dropped; any run of whitespace becomes one space.
   *
   * @param source the start of summary and body, at most {@link #SOURCE_CHARS} characters
   */
  String snippet(String source) {
    // most hits of a one-word search match in the title only: when no word of the text can
    // match, the snippet is the text's start and the rest of it need not be cut into words
    Chunks chunks =
        mayContainMatch(source)
            ? Chunks.of(source, Integer.MAX_VALUE)
            : Chunks.of(source, SNIPPET_WORDS + 1);
    int match = 0;
    while (match < chunks.size()
        && !containsMatch(source, chunks.start(match), chunks.end(match))) {
      match++;
    }
    int start =
        match == chunks.size()
            ? 0
            : Math.max(0, Math.min(match - BEFORE_MATCH, chunks.size() - SNIPPET_WORDS));
    int end = Math.min(chunks.size(), start + SNIPPET_WORDS);
    StringBuilder html = new StringBuilder(SNIPPET_WORDS * 10);
    if (start > 0) {
      html.append("… ");
    }
    for (int i = start; i < end; i++) {
      if (i > start) {
        html.append(' ');
      }
      render(source, chunks.start(i), chunks.end(i), html);
    }
    if (end < chunks.size() || (end > 0 && source.length() >= SOURCE_CHARS)) {
      html.append(" …");
    }
    return html.toString();
  }

  /**
   * The text's words for the snippet: runs of characters between whitespace, control characters and
   * Markdown's emphasis and code marks ({@code *}, {@code `}), less the block markers that start a
   * line ({@code ##}, {@code >}, {@code -}, {@code 1.}).
   */
  private record Chunks(int[] bounds, int size) {

    /** The first {@code limit} words. */
    static Chunks of(String text, int limit) {
      int[] bounds = new int[16];
      int size = 0;
      boolean lineStart = true;
      int i = 0;
      while (i < text.length() && size < limit) {
        char c = text.charAt(i);
        if (isSeparator(c)) {
          lineStart |= c == '\n';
          i++;
          continue;
        }
        int end = i;
        while (end < text.length() && !isSeparator(text.charAt(end))) {
          end++;
        }
        if (!(lineStart && isBlockMarker(text, i, end))) {
          if (2 * size + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
          }
          bounds[2 * size] = i;
          bounds[2 * size + 1] = end;
          size++;
        }
        lineStart = false;
        i = end;
      }
      return new Chunks(bounds, size);
    }

    int start(int chunk) {
      return bounds[2 * chunk];
    }

    int end(int chunk) {
      return bounds[2 * chunk + 1];
    }

    private static boolean isSeparator(char c) {
      if (c < 127) {
        return c <= ' ' || c == '*' || c == '`';
      }
      return Character.isWhitespace(c) || invisible(c);
    }

    private static boolean isBlockMarker(String text, int start, int end) {
      char first = text.charAt(start);
      int length = end - start;
      if (first == '#' || first == '>') {
        for (int k = start; k < end; k++) {
          if (text.charAt(k) != first) {
            return false;
          }
        }
        return first == '>' || length <= 6;
      }
      if (length == 1 && (first == '-' || first == '+')) {
        return true;
      }
      char last = text.charAt(end - 1);
      if (length < 2 || (last != '.' && last != ')')) {
        return false;
      }
      for (int k = start; k < end - 1; k++) {
        if (!Character.isDigit(text.charAt(k))) {
          return false;
        }
      }
      return true;
    }
  }

  /** Control characters read as spaces; private-use ones are nothing a reader can see. */
  private static boolean invisible(char c) {
    return Character.isISOControl(c) || Character.getType(c) == Character.PRIVATE_USE;
  }

  /** The text between from and to, escaped, its matching words (letters and digits) marked. */
  private void render(String text, int from, int to, StringBuilder html) {
    int i = from;
    while (i < to) {
      int end = Math.min(wordEnd(text, i), to);
      if (end == i) {
        char c = text.charAt(i);
        escape(invisible(c) ? ' ' : c, html);
        i++;
        continue;
      }
      boolean marked = mayMatch(text.charAt(i)) && matches(text.substring(i, end));
      if (marked) {
        html.append("<mark>");
      }
      for (int k = i; k < end; k++) {
        escape(text.charAt(k), html);
      }
      if (marked) {
        html.append("</mark>");
      }
      i = end;
    }
  }

  private boolean containsMatch(String text, int from, int to) {
    int i = from;
    while (i < to) {
      int end = Math.min(wordEnd(text, i), to);
      if (end == i) {
        i++;
      } else if (mayMatch(text.charAt(i)) && matches(text.substring(i, end))) {
        return true;
      } else {
        i = end;
      }
    }
    return false;
  }

  /**
   * False only when no query word nor the start of any query stem occurs anywhere in an ASCII text
   * (ignoring case), so no word of it can match; beyond ASCII, lower-casing may change lengths, so
   * such a text is always looked at word by word.
   */
  private boolean mayContainMatch(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return true;
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    for (String start : stemStarts) {
      if (lower.contains(start)) {
        return true;
      }
    }
    return false;
  }

  private boolean mayMatch(char first) {
    // beyond ASCII lower-casing one character can differ from lower-casing the word
    return first > 127 || initials.indexOf(String.valueOf(Character.toLowerCase(first))) >= 0;
  }

  boolean matches(String word) {
    if (words.isEmpty()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (words.contains(lower)) {
      return true;
    }
    for (String start : stemStarts) {
      if (lower.startsWith(start)) {
        return seen.computeIfAbsent(lower, w -> stems.contains(stem(w)));
      }
    }
    return false;
  }

  private String stem(String lowerCaseWord) {
    stemmer.setCurrent(lowerCaseWord);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /** Where the run of letters and digits starting at {@code from} ends ({@code from} for none). */
  static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 128) {
        // the common case, without the Unicode tables
        char lower = (char) (c | 0x20);
        if (!((lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9'))) {
          break;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static void escape(char c, StringBuilder html) {
    switch (c) {
      case '&' -> html.append("&amp;");
      case '<' -> html.append("&lt;");
      case '>' -> html.append("&gt;");
      case '"' -> html.append("&quot;");
      case '\'' -> html.append("&#39;");
      default -> html.append(c);
    }
  }
}
