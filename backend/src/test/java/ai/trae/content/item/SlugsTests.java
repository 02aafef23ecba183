package ai.trae.content.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Slugs made from titles: what a reader expects in a URL, whatever the title's script. */
class SlugsTests {

  @Test
  void accentsFoldToAsciiAndEverythingElseBecomesOneHyphen() {
    assertThat(Slugs.of("Crème Brûlée — the ½ guide!")).isEqualTo("creme-brulee-the-1-2-guide");
    assertThat(Slugs.of("  Ärger über Straßen  ")).isEqualTo("arger-uber-strassen");
    assertThat(Slugs.of("Ça va? Ñandú, Øresund")).isEqualTo("ca-va-nandu-oresund");
    assertThat(Slugs.of("日本語")).isEmpty();
    assertThat(Slugs.of("🎉🎉")).isEmpty();
  }

  @Test
  void aLongTitleIsCutAtAWordBoundary() {
    String slug = Slugs.of("word ".repeat(60));
    assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX);
    assertThat(slug).doesNotEndWith("-").endsWith("word");
    assertThat(Slugs.VALID.matcher(slug).matches()).isTrue();
  }
}
