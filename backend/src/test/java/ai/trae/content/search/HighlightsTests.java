package ai.trae.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Java highlighter: PostgreSQL's stems, web-search negation, escaping, the snippet window. */
class HighlightsTests {

  @Test
  void marksStemsAndExactWordsInAnyCase() {
    Highlights marks = Highlights.of("launched");

    assertThat(marks.title("Launch plan: LAUNCHES, launching, launched; launcher"))
        .isEqualTo(
            "<mark>Launch</mark> plan: <mark>LAUNCHES</mark>, <mark>launching</mark>,"
                + " <mark>launched</mark>; launcher");
    // a word the stemmer leaves alone still matches as typed; stop words too
    assertThat(Highlights.of("the Lovelace").title("The Ada Lovelace story"))
        .isEqualTo("<mark>The</mark> Ada <mark>Lovelace</mark> story");
    // the Porter2 special forms: "dying" and "die" share the stem "die"
    assertThat(Highlights.of("die").title("Dying stars")).isEqualTo("<mark>Dying</mark> stars");
  }

  @Test
  void wordsWhoseEndingsSnowballRewritesStillMatch() {
    // only words starting like a query word's stem are stemmed: these endings are rewritten
    assertThat(
            Highlights.of("happy relate possible general")
                .title("Happiness, relational possibility, generalizations"))
        .isEqualTo(
            "<mark>Happiness</mark>, <mark>relational</mark> <mark>possibility</mark>,"
                + " <mark>generalizations</mark>");
  }

  @Test
  void negatedWordsAndOperatorsAreNotMarked() {
    assertThat(Highlights.of("launch -lovelace").title("Launch with Lovelace"))
        .isEqualTo("<mark>Launch</mark> with Lovelace");
    assertThat(Highlights.of("plan -\"ada lovelace\"").title("Ada Lovelace plan"))
        .isEqualTo("Ada Lovelace <mark>plan</mark>");
    assertThat(Highlights.of("ada or plan").title("Ada or plan"))
        .isEqualTo("<mark>Ada</mark> or <mark>plan</mark>");
    // two minus signs cancel out, as in websearch_to_tsquery; a hyphen inside a word negates
    // nothing
    assertThat(Highlights.of("--plan e-mail").title("Plan by e-mail"))
        .isEqualTo("<mark>Plan</mark> by <mark>e</mark>-<mark>mail</mark>");
    assertThat(Highlights.of("-plan").title("Plan")).isEqualTo("Plan");
  }

  @Test
  void everythingButTheMarksIsEscaped() {
    Highlights marks = Highlights.of("ferret <script>");

    assertThat(marks.title("<b>Ferret</b> & 'friends' \"\uE000x\uE001\""))
        .isEqualTo(
            "&lt;b&gt;<mark>Ferret</mark>&lt;/b&gt; &amp; &#39;friends&#39; &quot; x &quot;");
    assertThat(marks.snippet("<script>alert(1)</script> ferret"))
        .isEqualTo(
            "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt; <mark>ferret</mark>");
  }

  @Test
  void theSnippetIsAWindowAroundTheFirstMatch() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      text.append("w").append(i).append(i == 50 ? " ferrets " : " ");
    }
    String snippet = Highlights.of("ferret").snippet(text.toString());

    assertThat(snippet)
        .startsWith("… w41 w42")
        .contains("w50 <mark>ferrets</mark> w51")
        .endsWith("w74 …");
    assertThat(snippet.split(" ")).hasSize(Highlights.SNIPPET_WORDS + 2);
  }

  @Test
  void withoutAMatchTheSnippetIsTheStartAndMarkdownMarkersAreDropped() {
    String markdown = "## A heading\n\n> quoted **bold** and `code`\n\n- item one\n1. item two";

    assertThat(Highlights.of("kubernets").snippet(markdown))
        .isEqualTo("A heading quoted bold and code item one item two");
    assertThat(Highlights.of("x").snippet("")).isEmpty();
    assertThat(Highlights.of("x").snippet("a ".repeat(Highlights.SOURCE_CHARS / 2)))
        .endsWith("a a …");
  }

  @Test
  void aQueryWithoutWordsMarksNothing() {
    assertThat(Highlights.of("&|!:*() \uD83D\uDE00 -").title("Anything & all"))
        .isEqualTo("Anything &amp; all");
    assertThat(Highlights.of("\"unclosed phrase").title("An unclosed Phrase"))
        .isEqualTo("An <mark>unclosed</mark> <mark>Phrase</mark>");
  }

  @Test
  void aLongTextWithoutAMatchGivesItsFirstWordsAndAnEllipsisAndOneWithAMatchFarInStillShowsIt() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("word").append(i).append(' ');
    }
    String none = Highlights.of("ferret").snippet(text.toString());
    assertThat(none).startsWith("word0 word1 ").endsWith("word34 …").doesNotContain("<mark>");

    String far = Highlights.of("ferrets").snippet(text + "a ferret at last");
    assertThat(far).startsWith("… ").contains("<mark>ferret</mark>");
  }
}
