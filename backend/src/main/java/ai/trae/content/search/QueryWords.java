package ai.trae.content.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a web-search query asks for, read the way websearch_to_tsquery reads it: operands are
 * whitespace-separated chunks or "quoted phrases"; leading {@code -} signs negate the next operand
 * (an odd number of them), {@code or} is an operator; within a chunk, words are the runs of letters
 * and digits. Only what the highlights need: which words to mark, never which items match (the
 * database decides that).
 */
final class QueryWords {

  private QueryWords() {}

  /** The lower-case words of the query's operands that are not negated. */
  static Set<String> positive(String query) {
    Set<String> words = new HashSet<>();
    boolean negated = false;
    int i = 0;
    while (i < query.length()) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-') {
        negated = !negated;
        i++;
      } else if (c == '"') {
        int close = query.indexOf('"', i + 1);
        int end = close < 0 ? query.length() : close;
        if (!negated) {
          addWords(query.substring(i + 1, end), words);
        }
        negated = false;
        i = end + 1;
      } else {
        int end = i;
        while (end < query.length()
            && !Character.isWhitespace(query.charAt(end))
            && query.charAt(end) != '"') {
          end++;
        }
        String chunk = query.substring(i, end);
        if (!negated && !chunk.equalsIgnoreCase("or")) {
          addWords(chunk, words);
        }
        negated = false;
        i = end;
      }
    }
    return words;
  }

  private static void addWords(String text, Set<String> words) {
    int i = 0;
    while (i < text.length()) {
      int end = Highlights.wordEnd(text, i);
      if (end == i) {
        i++;
      } else {
        words.add(text.substring(i, end).toLowerCase(Locale.ROOT));
        i = end;
      }
    }
  }
}
