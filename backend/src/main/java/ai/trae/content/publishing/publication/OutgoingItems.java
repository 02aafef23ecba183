package ai.trae.content.publishing.publication;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ItemContent;
import ai.trae.content.media.Media;
import ai.trae.content.media.MediaLibrary;
import ai.trae.content.media.MediaServing;
import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.connector.OutgoingItem;
import ai.trae.content.publishing.media.InlineMedia;
import ai.trae.content.render.ItemRenderer;
import ai.trae.platform.mail.PublicLinks;
import ai.trae.platform.web.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds what a channel receives from the item as it is now: the channel's variant applied, the
 * HTML from the preview's renderer, the cover from the media library with a URL readers can load,
 * and the media the body embeds signed the same way ({@link InlineMedia}), since the destination's
 * readers have no TRAE session.
 */
@Component
class OutgoingItems {

  /**
   * Long enough for a destination that fetches the image some time after the post arrived. Inline
   * images in the body get links of the same length.
   */
  static final Duration COVER_LINK = Duration.ofDays(7);

  private final ItemRenderer renderer;
  private final MediaLibrary media;
  private final MediaServing serving;
  private final PublicLinks links;
  private final InlineMedia inline;
  private final Clock clock;

  OutgoingItems(
      ItemRenderer renderer,
      MediaLibrary media,
      MediaServing serving,
      PublicLinks links,
      InlineMedia inline,
      Clock clock) {
    this.renderer = renderer;
    this.media = media;
    this.serving = serving;
    this.links = links;
    this.inline = inline;
    this.clock = clock;
  }

  OutgoingItem of(ContentItem item, Channel channel) {
    ItemContent c = item.content();
    ItemRenderer.Rendered rendered = renderer.forChannel(item, channel.slug());
    String markdown =
        c.variants().stream()
            .filter(v -> v.channel().equals(channel.slug()))
            .map(ItemContent.Variant::body)
            .findFirst()
            .orElse(c.body());
    InlineMedia.Signer signer =
        inline.signer(clock.instant().plus(COVER_LINK), List.of(markdown, rendered.html()));
    return new OutgoingItem(
        item.id(),
        item.type().value(),
        rendered.title(),
        c.slug(),
        c.summary(),
        signer.markdown(markdown),
        signer.html(rendered.html()),
        c.tags(),
        cover(c.coverMediaId()),
        c.subject(),
        c.seo().metaTitle(),
        c.seo().metaDescription(),
        c.seo().canonicalUrl(),
        c.seo().canonicalUrl(),
        item.publishedAt(),
        item.currentVersion());
  }

  private OutgoingItem.@Nullable MediaFile cover(@Nullable UUID id) {
    if (id == null) {
      return null;
    }
    Optional<Media> found;
    try {
      found = Optional.of(media.get(id));
    } catch (ProblemException gone) {
      found = Optional.empty();
    }
    if (found.isEmpty()) {
      return null;
    }
    Media m = found.get();
    MediaServing.Served original = serving.served(id, MediaServing.ORIGINAL);
    return new OutgoingItem.MediaFile(
        m.id(),
        m.fileName(),
        m.mediaType(),
        m.size(),
        m.altText().isBlank() ? null : m.altText(),
        m.width(),
        m.height(),
        links.to(serving.sign(id, MediaServing.ORIGINAL, COVER_LINK).path()),
        () -> serving.open(original, null));
  }
}
