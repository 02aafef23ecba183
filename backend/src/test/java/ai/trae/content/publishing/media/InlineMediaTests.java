package ai.trae.content.publishing.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import ai.trae.content.media.Media;
import ai.trae.content.media.MediaKind;
import ai.trae.content.media.MediaLibrary;
import ai.trae.content.media.MediaServing;
import ai.trae.platform.mail.PublicLinks;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rewriting itself, against a stand-in library and signer. */
class InlineMediaTests {

  static final String BASE = "https://trae.example";
  static final Instant EXPIRES = Instant.parse("2026-12-09T00:00:00Z");

  final UUID photo = UUID.fromString("0193a000-0000-7000-8000-000000000001");
  final UUID unknown = UUID.fromString("0193a000-0000-7000-8000-00000000dead");

  MediaLibrary library = mock(MediaLibrary.class);
  MediaServing serving = mock(MediaServing.class);
  PublicLinks links = mock(PublicLinks.class);
  InlineMedia inline = new InlineMedia(library, serving, links);

  @BeforeEach
  void standIns() {
    Media media =
        new Media(
            photo,
            "ab",
            "photo.png",
            "image/png",
            MediaKind.IMAGE,
            10,
            40,
            30,
            "",
            List.of(new Media.Variant("medium", "image/png", 20, 15, 5)),
            UUID.randomUUID(),
            EXPIRES,
            EXPIRES,
            1);
    given(links.to(anyString())).willAnswer(call -> BASE + call.getArgument(0, String.class));
    given(library.byIds(anyCollection()))
        .willAnswer(
            call ->
                call.<Collection<UUID>>getArgument(0).contains(photo) ? List.of(media) : List.of());
    given(serving.signUntil(any(), anyString(), any()))
        .willAnswer(
            call ->
                new MediaServing.SignedUrl(
                    "/api/v1/media/signed/"
                        + call.getArgument(0, Media.class).id()
                        + "/"
                        + call.getArgument(1, String.class)
                        + "?expires=1&key=2&signature=s",
                    call.getArgument(2, Instant.class)));
  }

  String signed(String name) {
    return BASE + "/api/v1/media/signed/" + photo + "/" + name + "?expires=1&key=2&signature=s";
  }

  InlineMedia.Signer signer(String... texts) {
    return inline.signer(EXPIRES, List.of(texts));
  }

  @Test
  void relativeAndAbsoluteReferencesInMarkdownBecomeSignedUrls() {
    String markdown =
        "![a](/api/v1/media/%s/content) and ![b](%s/api/v1/media/%s/content \"t\")"
            .formatted(photo, BASE, photo);

    assertThat(signer(markdown).markdown(markdown))
        .isEqualTo("![a](%s) and ![b](%s \"t\")".formatted(signed("original"), signed("original")));
  }

  @Test
  void aVariantIsSignedAsThatVariantAndOneNotMadeYetIsLeftAlone() {
    String markdown =
        "![m](/api/v1/media/%s/variants/medium) ![l](/api/v1/media/%s/variants/large)"
            .formatted(photo, photo);

    assertThat(signer(markdown).markdown(markdown))
        .isEqualTo(
            "![m](%s) ![l](/api/v1/media/%s/variants/large)".formatted(signed("medium"), photo));
  }

  @Test
  void anUnknownIdIsLeftAsItIs() {
    String markdown = "![x](/api/v1/media/%s/content)".formatted(unknown);

    assertThat(signer(markdown).markdown(markdown)).isEqualTo(markdown);
  }

  @Test
  void inHtmlTheAmpersandsAreEscapedForTheAttribute() {
    String html = "<p><img src=\"/api/v1/media/%s/content\" alt=\"a\" /></p>".formatted(photo);

    assertThat(signer(html).html(html))
        .isEqualTo(
            "<p><img src=\"%s/api/v1/media/signed/%s/original?expires=1&amp;key=2&amp;signature=s\" alt=\"a\" /></p>"
                .formatted(BASE, photo));
  }

  @Test
  void twoImagesOfOneFileAreSignedOnceAndTheMediaReadInOneQuery() {
    String markdown =
        "![1](/api/v1/media/%s/content) ![2](/api/v1/media/%s/content) ![3](/api/v1/media/%s/content)"
            .formatted(photo, photo, unknown);
    String html = "<img src=\"/api/v1/media/%s/content\">".formatted(photo);

    InlineMedia.Signer signer = signer(markdown, html);
    String rewritten = signer.markdown(markdown);
    signer.html(html);

    assertThat(rewritten).containsOnlyOnce(unknown.toString());
    assertThat(rewritten.split(java.util.regex.Pattern.quote(signed("original")), -1)).hasSize(3);
    verify(library, times(1)).byIds(anyCollection());
    verify(serving, times(1)).signUntil(any(), anyString(), any());
  }

  @Test
  void pathsThatBelongToAnotherAddressOrGoOnAreLeftAlone() {
    String text =
        String.join(
                " ",
                "https://elsewhere.example/api/v1/media/%s/content",
                "/prefix/api/v1/media/%s/content",
                "/api/v1/media/%s/content/more",
                "/api/v1/media/%s/content?download=1",
                "/api/v1/media/%s/contents")
            .formatted(photo, photo, photo, photo, photo);

    assertThat(signer(text).markdown(text)).isEqualTo(text);
  }

  @Test
  void aTextWithoutReferencesCostsNoQuery() {
    assertThat(signer("plain **text**").markdown("plain **text**")).isEqualTo("plain **text**");
    verifyNoInteractions(library);
  }
}
