package ai.trae.content.item;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an author edits: everything a version snapshots and a restore puts back. Workflow state
 * (status, dates) and the author are the item's, not the content's.
 *
 * @param coverMediaId a media id; resolved once the media library exists
 * @param channels target channel slugs; resolved once channels exist
 * @param variants per-channel overrides of title and body
 * @param subject a newsletter's subject line (null for other types)
 * @param sections a video script's sections (empty for other types)
 * @param coAuthorIds identity user ids, besides the author
 */
public record ItemContent(
    String title,
    String slug,
    @Nullable String summary,
    String body,
    List<String> tags,
    @Nullable UUID coverMediaId,
    Seo seo,
    List<String> channels,
    List<Variant> variants,
    @Nullable String subject,
    List<Section> sections,
    List<UUID> coAuthorIds) {

  public ItemContent {
    tags = List.copyOf(tags);
    channels = List.copyOf(channels);
    variants = List.copyOf(variants);
    sections = List.copyOf(sections);
    coAuthorIds = List.copyOf(coAuthorIds);
  }

  /** Search-engine fields; any may be null (the title and summary stand in). */
  public record Seo(
      @Nullable String metaTitle, @Nullable String metaDescription, @Nullable String canonicalUrl) {

    public static final Seo NONE = new Seo(null, null, null);
  }

  /** One channel's version of the text; a null title keeps the item's. */
  public record Variant(String channel, @Nullable String title, String body) {}

  /** A part of a video script. */
  public record Section(String heading, String body) {}

  public ItemContent withSlug(String slug) {
    return new ItemContent(
        title,
        slug,
        summary,
        body,
        tags,
        coverMediaId,
        seo,
        channels,
        variants,
        subject,
        sections,
        coAuthorIds);
  }

  public ItemContent withTags(List<String> tags) {
    return new ItemContent(
        title,
        slug,
        summary,
        body,
        tags,
        coverMediaId,
        seo,
        channels,
        variants,
        subject,
        sections,
        coAuthorIds);
  }
}
