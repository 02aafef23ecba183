package ai.trae.content.item;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first words of a Markdown body as plain text, for a list row: computed when the item is
 * written and stored with it (content_items.excerpt), so a list reads neither the body nor any
 * Markdown. One pass over the body's first few hundred characters instead of a full CommonMark
 * parse: it drops block markers (headings, quotes, list bullets, fences, rules, table rules),
 * inline markup (emphasis, code ticks, HTML tags) and link targets, keeping the text a reader sees.
 */
public final class Excerpts {

  public static final int LENGTH = 160;

  /** How much of the body is read: enough for {@link #LENGTH} after markup is dropped. */
  public static final int SOURCE = 600;

  private static final Pattern HEADING = Pattern.compile("^#{1,6}(\\s|$)");
  private static final Pattern BULLET = Pattern.compile("^[-*+]\\s");
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,9}[.)]\\s");
  private static final Pattern TASK = Pattern.compile("^\\[[ xX]]\\s");
  private static final Pattern RULE = Pattern.compile("^(([-*_]\\s*){3,}|\\|?\\s*:?-{3,}.*)$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Excerpts() {}

  public static String of(String markdown) {
    if (markdown.length() > SOURCE) {
      markdown = markdown.substring(0, SOURCE);
    }
    StringBuilder text = new StringBuilder(LENGTH + 16);
    for (String line : markdown.split("\n", -1)) {
      String content = blockContent(line);
      if (!content.isEmpty()) {
        inline(content, text);
        text.append(' ');
      }
      if (text.length() > LENGTH * 2) {
        break;
      }
    }
    return cut(SPACES.matcher(text).replaceAll(" ").strip());
  }

  /** The line without its block markers; empty for lines that carry no text. */
  private static String blockContent(String line) {
    String s = line.strip();
    if (s.startsWith("```") || s.startsWith("~~~") || isRule(s)) {
      return "";
    }
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      String before = s;
      if (s.startsWith(">")) {
        s = s.substring(1);
      } else {
        s = strip(s, HEADING);
        s = strip(s, BULLET);
        s = strip(s, NUMBERED);
        s = strip(s, TASK);
      }
      s = s.strip();
      changed = !s.equals(before);
    }
    return s;
  }

  private static boolean isRule(String s) {
    return RULE.matcher(s).matches();
  }

  private static String strip(String s, Pattern marker) {
    Matcher m = marker.matcher(s);
    return m.lookingAt() ? s.substring(m.end()) : s;
  }

  private static void inline(String s, StringBuilder out) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        out.append(s.charAt(i + 1));
        i += 2;
      } else if (c == '!' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
        i++;
      } else if (c == ']' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
        int close = s.indexOf(')', i);
        i = close < 0 ? s.length() : close + 1;
      } else if (c == '<') {
        int close = s.indexOf('>', i);
        if (close < 0) {
          out.append(c);
          i++;
        } else {
          String tag = s.substring(i + 1, close);
          if (tag.startsWith("http://") || tag.startsWith("https://")) {
            out.append(tag);
          }
          i = close + 1;
        }
      } else if (c == '*' || c == '`' || c == '[' || c == ']' || c == '~' || c == '|') {
        if (c == '|') {
          out.append(' ');
        }
        i++;
      } else if (c == '_' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        i++;
      } else if (c == '_' && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
  }

  /** At most {@link #LENGTH} code points, never half a surrogate pair. */
  private static String cut(String text) {
    if (text.codePointCount(0, text.length()) <= LENGTH) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, LENGTH)).strip();
  }
}
