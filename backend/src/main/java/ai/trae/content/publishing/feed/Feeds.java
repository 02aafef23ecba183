package ai.trae.content.publishing.feed;

import ai.trae.content.item.ContentItem;
import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.channel.ChannelDirectory;
import ai.trae.content.publishing.media.InlineMedia;
import ai.trae.content.render.ItemRenderer;
import ai.trae.platform.mail.PublicLinks;
import ai.trae.platform.web.ProblemException;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A feed channel's RSS 2.0 or Atom document. {@link #prepare} costs one small query (ids and
 * versions) and gives the ETag and Last-Modified, so a reader's revalidation is answered before any
 * item is loaded or rendered; {@link #render} then loads the items in one query and writes them.
 *
 * <p>Media the bodies embed are signed ({@link InlineMedia}) to expire a week after the start of
 * the current UTC day, as the delivery API signs them: the document changes once a day, so the day
 * is part of the ETag and Last-Modified is never before the day began, and a reader revalidating
 * keeps links that work at least six more days.
 */
@Service
public class Feeds {

  public enum Format {
    RSS("rss_2.0", "application/rss+xml;charset=UTF-8", "rss"),
    ATOM("atom_1.0", "application/atom+xml;charset=UTF-8", "atom");

    final String romeType;
    public final String contentType;
    final String extension;

    Format(String romeType, String contentType, String extension) {
      this.romeType = romeType;
      this.contentType = contentType;
      this.extension = extension;
    }
  }

  /**
   * A feed ready to answer a conditional request; rendered only when its body is needed.
   *
   * @param lastModified the validator: the newest change, or the start of the day if later (the
   *     day's signed media URLs are new then)
   * @param changed the newest change to the channel or a listed item: the feed's own date
   * @param day whose signed media URLs the document carries
   */
  public record Prepared(
      Channel channel,
      Format format,
      List<PublishedItems.Entry> entries,
      String etag,
      Instant lastModified,
      Instant changed,
      LocalDate day) {}

  private final ChannelDirectory channels;
  private final PublishedItems published;
  private final ItemRenderer renderer;
  private final PublicLinks links;
  private final InlineMedia inline;
  private final Clock clock;

  Feeds(
      ChannelDirectory channels,
      PublishedItems published,
      ItemRenderer renderer,
      PublicLinks links,
      InlineMedia inline,
      Clock clock) {
    this.channels = channels;
    this.published = published;
    this.renderer = renderer;
    this.links = links;
    this.inline = inline;
    this.clock = clock;
  }

  /**
   * @throws ProblemException 404 {@code feed-not-found} when no feed channel has this slug
   */
  public Prepared prepare(String slug, Format format) {
    Channel channel =
        channels
            .findBySlug(slug)
            .filter(c -> c.connector().equals(FeedConnector.TYPE))
            .orElseThrow(
                () -> new ProblemException(FeedProblem.FEED_NOT_FOUND, "No feed " + slug + "."));
    List<PublishedItems.Entry> entries =
        published.entries(slug, null, null, FeedConnector.limit(channel.settings()));
    Instant lastModified = channel.updatedAt();
    LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    StringBuilder state =
        new StringBuilder(format.extension)
            .append(':')
            .append(day)
            .append(':')
            .append(channel.version());
    for (PublishedItems.Entry entry : entries) {
      state.append(',').append(entry.id()).append(':').append(entry.version());
      if (entry.updatedAt().isAfter(lastModified)) {
        lastModified = entry.updatedAt();
      }
    }
    Instant changed = lastModified.truncatedTo(ChronoUnit.SECONDS);
    Instant dayBegan = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    return new Prepared(
        channel,
        format,
        entries,
        "\"" + sha256(state.toString()) + "\"",
        changed.isBefore(dayBegan) ? dayBegan : changed,
        changed,
        day);
  }

  public byte[] render(Prepared prepared) {
    Channel channel = prepared.channel();
    String selfUrl = links.to("/feeds/" + channel.slug() + "." + prepared.format().extension);
    @Nullable String siteUrl = setting(channel, FeedConnector.SITE_URL);
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(prepared.format().romeType);
    String title = setting(channel, FeedConnector.TITLE);
    feed.setTitle(title == null ? channel.name() : title);
    String description = setting(channel, FeedConnector.DESCRIPTION);
    feed.setDescription(description == null ? channel.name() : description);
    feed.setLink(siteUrl == null ? links.to("/") : siteUrl);
    feed.setUri(selfUrl);
    feed.setAuthor(feed.getTitle());
    feed.setPublishedDate(Date.from(prepared.changed()));
    SyndLink self = new SyndLinkImpl();
    self.setRel("self");
    self.setHref(selfUrl);
    self.setType(prepared.format().contentType.split(";")[0]);
    feed.setLinks(List.of(self));
    List<ContentItem> items = published.load(prepared.entries());
    List<ItemRenderer.Rendered> texts =
        items.stream().map(item -> renderer.forChannel(item, channel.slug())).toList();
    Instant expires = prepared.day().plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant();
    InlineMedia.Signer signer =
        inline.signer(expires, texts.stream().map(ItemRenderer.Rendered::html).toList());
    List<SyndEntry> entries = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      entries.add(entry(items.get(i), texts.get(i), signer, siteUrl));
    }
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
    } catch (FeedException ex) {
      throw new IllegalStateException("ROME could not write the feed", ex);
    }
  }

  private SyndEntry entry(
      ContentItem item,
      ItemRenderer.Rendered rendered,
      InlineMedia.Signer signer,
      @Nullable String siteUrl) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(rendered.title());
    entry.setUri("urn:uuid:" + item.id());
    String link = link(item, siteUrl);
    if (link != null) {
      entry.setLink(link);
    }
    entry.setPublishedDate(
        Date.from(item.publishedAt() == null ? item.updatedAt() : item.publishedAt()));
    entry.setUpdatedDate(Date.from(item.updatedAt()));
    if (item.content().summary() != null && !item.content().summary().isBlank()) {
      SyndContent summary = new SyndContentImpl();
      summary.setType("text/plain");
      summary.setValue(item.content().summary());
      entry.setDescription(summary);
    }
    SyndContent content = new SyndContentImpl();
    content.setType("html");
    content.setValue(signer.html(rendered.html()));
    entry.setContents(List.of(content));
    List<SyndCategory> categories = new ArrayList<>();
    for (String tag : item.content().tags()) {
      SyndCategory category = new SyndCategoryImpl();
      category.setName(tag);
      categories.add(category);
    }
    entry.setCategories(categories);
    return entry;
  }

  private static @Nullable String link(ContentItem item, @Nullable String siteUrl) {
    String canonical = item.content().seo().canonicalUrl();
    if (canonical != null && !canonical.isBlank()) {
      return canonical;
    }
    if (siteUrl == null) {
      return null;
    }
    return (siteUrl.endsWith("/") ? siteUrl : siteUrl + "/") + item.content().slug();
  }

  private static @Nullable String setting(Channel channel, String name) {
    String value = channel.settings().get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  static String sha256(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("every JDK has SHA-256", ex);
    }
  }
}
