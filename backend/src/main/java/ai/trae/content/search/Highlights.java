package ai.trae.content.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

  private static final Pattern BLOCK_MARKERS =
      Pattern.compile("(?m)^[ \\t]{0,3}(?:#{1,6}|>+|[-*+]|\\d{1,9}[.)])[ \\t]+");
  private static final Pattern INLINE_MARKERS = Pattern.compile("\\*+|_{2,}|~~|`+");
  // control characters read as spaces; private-use ones are nothing a reader can see
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Co}]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Set<String> words;
  private final Set<String> stems = new HashSet<>();
  private final Set<Character> stemInitials = new HashSet<>();
  private final Map<String, Boolean> seen = new HashMap<>();
  private final EnglishStemmer stemmer = new EnglishStemmer();

  private Highlights(Set<String> words) {
    this.words = words;
    for (String word : words) {
      String stem = stem(word);
      stems.add(stem);
      // a Snowball stem keeps its word's first letter, so other initials need no stemming
      stemInitials.add(stem.charAt(0));
    }
  }

  /** The marks for a query in web-search syntax (what websearch_to_tsquery reads). */
  static Highlights of(String query) {
    return new Highlights(QueryWords.positive(query));
  }

  /** The whole title, every matching word marked. */
  String title(String title) {
    StringBuilder html = new StringBuilder(title.length() + 32);
    render(INVISIBLE.matcher(title).replaceAll(" "), html);
    return html.toString();
  }

  /**
   * About {@link #SNIPPET_WORDS} words of the text around its first match (its start when nothing
   * matches, e.g. an item found by a close title word), with an ellipsis where text is left out.
   * Markdown's block and emphasis markers are dropped; whitespace becomes single spaces.
   *
   * @param source the start of summary and body, at most {@link #SOURCE_CHARS} characters
   */
  String snippet(String source) {
    String text = BLOCK_MARKERS.matcher(source).replaceAll("");
    text = INLINE_MARKERS.matcher(text).replaceAll("");
    text = INVISIBLE.matcher(text).replaceAll(" ").strip();
    if (text.isEmpty()) {
      return "";
    }
    String[] chunks = SPACES.split(text);
    int match = 0;
    while (match < chunks.length && !containsMatch(chunks[match])) {
      match++;
    }
    int start =
        match == chunks.length
            ? 0
            : Math.max(0, Math.min(match - BEFORE_MATCH, chunks.length - SNIPPET_WORDS));
    int end = Math.min(chunks.length, start + SNIPPET_WORDS);
    StringBuilder html = new StringBuilder(text.length() / 2 + 64);
    if (start > 0) {
      html.append("… ");
    }
    for (int i = start; i < end; i++) {
      if (i > start) {
        html.append(' ');
      }
      render(chunks[i], html);
    }
    if (end < chunks.length || source.length() >= SOURCE_CHARS) {
      html.append(" …");
    }
    return html.toString();
  }

  /** The text, escaped, its matching words (runs of letters and digits) in marks. */
  private void render(String text, StringBuilder html) {
    int i = 0;
    while (i < text.length()) {
      int end = wordEnd(text, i);
      if (end == i) {
        escape(text.charAt(i), html);
        i++;
        continue;
      }
      String word = text.substring(i, end);
      boolean marked = matches(word);
      if (marked) {
        html.append("<mark>");
      }
      for (int k = 0; k < word.length(); k++) {
        escape(word.charAt(k), html);
      }
      if (marked) {
        html.append("</mark>");
      }
      i = end;
    }
  }

  private boolean containsMatch(String chunk) {
    int i = 0;
    while (i < chunk.length()) {
      int end = wordEnd(chunk, i);
      if (end == i) {
        i++;
      } else if (matches(chunk.substring(i, end))) {
        return true;
      } else {
        i = end;
      }
    }
    return false;
  }

  boolean matches(String word) {
    if (words.isEmpty()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (words.contains(lower)) {
      return true;
    }
    if (!stemInitials.contains(lower.charAt(0))) {
      return false;
    }
    return seen.computeIfAbsent(lower, w -> stems.contains(stem(w)));
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
