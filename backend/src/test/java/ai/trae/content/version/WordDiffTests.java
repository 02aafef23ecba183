package ai.trae.content.version;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.version.WordDiff.Op;
import ai.trae.content.version.WordDiff.Word;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTests {

  @Test
  void theRunsRebuildBothTexts() {
    String before = "Grüße aus Köln, 2026! Ein Text 🎉 mit Emoji.";
    String after = "Grüße aus Berlin, 2027! Ein neuer Text 🎉🎉 mit Emoji";

    List<Word> words = WordDiff.of(before, after);

    assertThat(join(words, Op.INSERT)).isEqualTo(before);
    assertThat(join(words, Op.DELETE)).isEqualTo(after);
    assertThat(words).contains(new Word(Op.DELETE, "Köln"), new Word(Op.INSERT, "Berlin"));
  }

  @Test
  void identicalTextsAreOneEqualRun() {
    assertThat(WordDiff.of("same text", "same text"))
        .containsExactly(new Word(Op.EQUAL, "same text"));
    assertThat(WordDiff.of("", "")).isEmpty();
  }

  /** The text without the runs of {@code skipped}. */
  private static String join(List<Word> words, Op skipped) {
    return words.stream()
        .filter(w -> w.op() != skipped)
        .map(Word::text)
        .collect(Collectors.joining());
  }
}
