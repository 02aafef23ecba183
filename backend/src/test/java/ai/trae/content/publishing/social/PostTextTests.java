package ai.trae.content.publishing.social;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.social.PostText.Piece;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostTextTests {

  @Test
  void markdownBecomesTheTextAReaderSeesWithLinksKeptAsPieces() {
    PostText text =
        PostText.fromMarkdown(
            """
            # Spring

            Tulips **first**, then [daffodils](https://example.org/daffodils).
            <span>raw html</span> ![a photo](https://example.org/p.jpg)

            - one
            - two

            See https://example.org/more or [a mail](mailto:x@example.org).""");

    assertThat(text.text())
        .isEqualTo(
            "Spring\n\nTulips first, then daffodils.\nraw html \n\n• one\n• two\n\n"
                + "See https://example.org/more or a mail.");
    assertThat(text.pieces())
        .filteredOn(p -> p.link() != null)
        .containsExactly(
            new Piece("daffodils", "https://example.org/daffodils"),
            new Piece("https://example.org/more", "https://example.org/more"));
  }

  @Test
  void fittingCountsGraphemesCutsAtAWordAndKeepsTheTailWhole() {
    PostText body = PostText.of(Piece.plain("🇩🇪🇩🇪 flags and words that go on and on"));
    PostText tail = PostText.of(Piece.plain(" "), new Piece("link", "https://x.example"));

    PostText fitted = body.fit(20, tail, PostText.GRAPHEMES);

    assertThat(fitted.text()).isEqualTo("🇩🇪🇩🇪 flags and…" + " link");
    assertThat(PostText.graphemes(fitted.text())).isLessThanOrEqualTo(20);
    assertThat(fitted.pieces().getLast()).isEqualTo(new Piece("link", "https://x.example"));
    assertThat(body.fit(100, tail, PostText.GRAPHEMES).text())
        .isEqualTo("🇩🇪🇩🇪 flags and words that go on and on link");
  }

  @Test
  void aCutInsideALinkShortensItsWordsAndKeepsItsTarget() {
    PostText body =
        new PostText(
            List.of(Piece.plain("Read "), new Piece("the whole long guide", "https://g.example")));

    PostText fitted = body.fit(15, PostText.of(), PostText.GRAPHEMES);

    assertThat(fitted.pieces())
        .containsExactly(
            Piece.plain("Read "), new Piece("the whole", "https://g.example"), Piece.plain("…"));
  }

  @Test
  void rateLimitResetsAreReadAsTimesEpochSecondsOrSecondsToWait() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    HttpHeaders headers =
        HttpHeaders.of(
            Map.of(
                "x-ratelimit-reset", List.of("2026-12-02T10:00:30.500Z"),
                "ratelimit-reset", List.of(String.valueOf(clock.instant().getEpochSecond() + 90)),
                "draft-reset", List.of("45")),
            (a, b) -> true);

    assertThat(Outcomes.untilReset(headers, "X-RateLimit-Reset", clock))
        .isEqualTo(Duration.ofSeconds(31));
    assertThat(Outcomes.untilReset(headers, "RateLimit-Reset", clock))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(Outcomes.untilReset(headers, "draft-reset", clock))
        .isEqualTo(Duration.ofSeconds(45));
    assertThat(Outcomes.untilReset(headers, "missing", clock)).isNull();
    Outcome retry =
        new Outcome.Retry("busy", null, ai.trae.content.publishing.connector.Exchange.NONE);
    assertThat(
            ((Outcome.Retry) Outcomes.waitingForReset(retry, headers, "RateLimit-Reset", clock))
                .retryAfter())
        .isEqualTo(Duration.ofSeconds(90));
  }
}
