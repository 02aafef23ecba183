package ai.trae.content.item;

import static ai.trae.content.item.ChannelLimits.longerThan;

import ai.trae.content.item.ItemContent.Section;
import ai.trae.content.item.ItemContent.Seo;
import ai.trae.content.item.ItemContent.Variant;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.ValidationFailedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every field of an item against its type: what the type has (a social post has no SEO panel or
 * summary, only a video script has sections, only a newsletter a subject) and how long each may be
 * (graphemes, per {@link ContentType#limits()} and {@link ChannelLimits}). All faults are reported
 * at once, each under the field's request path, so a form can mark every one.
 */
final class ItemRules {

  static final int MAX_TAGS = 50;
  static final int MAX_TAG = 60;
  static final int MAX_CHANNELS = 30;
  static final int MAX_META_TITLE = 200;
  static final int MAX_META_DESCRIPTION = 500;
  static final int MAX_URL = 2_000;
  static final int MAX_HEADING = 200;
  static final int MAX_NOTE = 500;

  private static final Pattern CHANNEL = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private ItemRules() {}

  /**
   * The content as stored: tags and channels trimmed and without duplicates.
   *
   * @throws ValidationFailedException naming every field at fault
   */
  static ItemContent checked(ContentType type, ItemContent c) {
    List<FieldProblem> errors = new ArrayList<>();
    ContentType.Limits limits = type.limits();
    if (c.title().isBlank()) {
      errors.add(new FieldProblem("title", "A title is required."));
    }
    length(errors, "title", c.title(), limits.title());
    if (!c.slug().isBlank()) {
      if (!Slugs.VALID.matcher(c.slug()).matches()) {
        errors.add(
            new FieldProblem(
                "slug", "Use lower-case letters, digits and single hyphens between them."));
      }
      length(errors, "slug", c.slug(), Slugs.MAX);
    }
    if (c.summary() != null && !c.summary().isEmpty()) {
      if (!type.hasSummary()) {
        errors.add(new FieldProblem("summary", type.label() + "s have no summary."));
      } else {
        length(errors, "summary", c.summary(), limits.summary());
      }
    }
    length(errors, "body", c.body(), limits.body());
    seo(errors, type, c.seo());
    if (c.subject() != null && !c.subject().isEmpty()) {
      if (!type.hasSubject()) {
        errors.add(new FieldProblem("subject", "Only newsletters have a subject line."));
      } else {
        length(errors, "subject", c.subject(), ContentType.MAX_SUBJECT);
      }
    }
    sections(errors, type, c.sections());
    List<String> tags = tags(errors, c.tags());
    List<String> channels = channels(errors, c.channels());
    variants(errors, type, c.variants());
    if (new HashSet<>(c.coAuthorIds()).size() != c.coAuthorIds().size()) {
      errors.add(new FieldProblem("coAuthorIds", "Name each co-author once."));
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
    return new ItemContent(
        c.title().strip(),
        c.slug(),
        c.summary(),
        c.body(),
        tags,
        c.coverMediaId(),
        c.seo(),
        channels,
        c.variants(),
        c.subject(),
        c.sections(),
        c.coAuthorIds());
  }

  static void note(@Nullable String note) {
    if (note != null && longerThan(note, MAX_NOTE)) {
      throw new ValidationFailedException("note", tooLong(MAX_NOTE));
    }
  }

  private static void seo(List<FieldProblem> errors, ContentType type, Seo seo) {
    if (seo.equals(Seo.NONE)) {
      return;
    }
    if (!type.hasSeo()) {
      errors.add(new FieldProblem("seo", type.label() + "s have no SEO fields."));
      return;
    }
    length(errors, "seo.metaTitle", seo.metaTitle(), MAX_META_TITLE);
    length(errors, "seo.metaDescription", seo.metaDescription(), MAX_META_DESCRIPTION);
    String url = seo.canonicalUrl();
    if (url != null && !url.isEmpty() && (url.length() > MAX_URL || !webUrl(url))) {
      errors.add(
          new FieldProblem("seo.canonicalUrl", "Give an absolute http(s) URL up to 2000 chars."));
    }
  }

  private static boolean webUrl(String url) {
    try {
      URI uri = new URI(url);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static void sections(List<FieldProblem> errors, ContentType type, List<Section> s) {
    if (s.isEmpty()) {
      return;
    }
    if (!type.hasSections()) {
      errors.add(new FieldProblem("sections", "Only video scripts have sections."));
      return;
    }
    if (s.size() > ContentType.MAX_SECTIONS) {
      errors.add(
          new FieldProblem("sections", "At most " + ContentType.MAX_SECTIONS + " sections."));
    }
    for (int i = 0; i < s.size(); i++) {
      length(errors, "sections[" + i + "].heading", s.get(i).heading(), MAX_HEADING);
      length(errors, "sections[" + i + "].body", s.get(i).body(), type.limits().body());
    }
  }

  private static List<String> tags(List<FieldProblem> errors, List<String> tags) {
    Set<String> kept = new LinkedHashSet<>();
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i).strip();
      if (tag.isEmpty()) {
        errors.add(new FieldProblem("tags[" + i + "]", "A tag cannot be empty."));
      } else if (longerThan(tag, MAX_TAG)) {
        errors.add(new FieldProblem("tags[" + i + "]", tooLong(MAX_TAG)));
      }
      kept.add(tag);
    }
    if (kept.size() > MAX_TAGS) {
      errors.add(new FieldProblem("tags", "At most " + MAX_TAGS + " tags."));
    }
    return List.copyOf(kept);
  }

  private static List<String> channels(List<FieldProblem> errors, List<String> channels) {
    Set<String> kept = new LinkedHashSet<>();
    for (int i = 0; i < channels.size(); i++) {
      String channel = channels.get(i).strip().toLowerCase(Locale.ROOT);
      if (!CHANNEL.matcher(channel).matches() || channel.length() > Slugs.MAX) {
        errors.add(new FieldProblem("channels[" + i + "]", "Not a channel slug."));
      }
      kept.add(channel);
    }
    if (kept.size() > MAX_CHANNELS) {
      errors.add(new FieldProblem("channels", "At most " + MAX_CHANNELS + " channels."));
    }
    return List.copyOf(kept);
  }

  private static void variants(List<FieldProblem> errors, ContentType type, List<Variant> v) {
    Set<String> seen = new HashSet<>();
    if (v.size() > MAX_CHANNELS) {
      errors.add(new FieldProblem("variants", "At most " + MAX_CHANNELS + " variants."));
    }
    for (int i = 0; i < v.size(); i++) {
      Variant variant = v.get(i);
      String at = "variants[" + i + "]";
      if (!CHANNEL.matcher(variant.channel()).matches()) {
        errors.add(new FieldProblem(at + ".channel", "Not a channel slug."));
      } else if (!seen.add(variant.channel())) {
        errors.add(new FieldProblem(at + ".channel", "One variant per channel."));
      }
      length(errors, at + ".title", variant.title(), type.limits().title());
      int limit = ChannelLimits.forChannel(variant.channel()).orElse(type.limits().body());
      length(errors, at + ".body", variant.body(), limit);
    }
  }

  private static void length(
      List<FieldProblem> errors, String field, @Nullable String text, int limit) {
    if (text != null && longerThan(text, limit)) {
      errors.add(new FieldProblem(field, tooLong(limit)));
    }
  }

  private static String tooLong(int limit) {
    return "At most " + limit + " characters.";
  }
}
