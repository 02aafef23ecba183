package ai.trae.content.version;

import com.fasterxml.jackson.annotation.JsonValue;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts (java-diff-utils' Myers diff over words, runs of white space and
 * single punctuation marks), as the runs a reader sees: equal, deleted, inserted. Joining the equal
 * and deleted runs gives the old text back, the equal and inserted ones the new.
 */
public final class WordDiff {

  public enum Op {
    EQUAL,
    INSERT,
    DELETE;

    @JsonValue
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public record Word(Op op, String text) {}

  private static final Pattern TOKEN =
      Pattern.compile("\\s+|[\\p{L}\\p{M}\\p{N}_]+|\\X", Pattern.UNICODE_CHARACTER_CLASS);

  private WordDiff() {}

  static List<Word> of(String before, String after) {
    List<String> from = tokens(before);
    List<String> to = tokens(after);
    List<Word> words = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
      Chunk<String> source = delta.getSource();
      add(words, Op.EQUAL, from.subList(position, source.getPosition()));
      add(words, Op.DELETE, source.getLines());
      add(words, Op.INSERT, delta.getTarget().getLines());
      position = source.getPosition() + source.size();
    }
    add(words, Op.EQUAL, from.subList(position, from.size()));
    return words;
  }

  /** Appends the tokens as one run, merged into the last one when it has the same op. */
  private static void add(List<Word> words, Op op, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!words.isEmpty() && words.getLast().op() == op) {
      text = words.removeLast().text() + text;
    }
    words.add(new Word(op, text));
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }
}
