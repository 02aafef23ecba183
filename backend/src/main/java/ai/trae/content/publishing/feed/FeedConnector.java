package ai.trae.content.publishing.feed;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.ConnectorSpec.Field;
import ai.trae.content.publishing.connector.ConnectorSpec.Kind;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Exchange;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.platform.mail.PublicLinks;
import ai.trae.platform.web.ValidationFailedException;
import java.net.URI;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A pull channel: nothing is sent; a published item targeting the channel is in its feed from the
 * moment it is published, and leaves it when unpublished.
 */
@Component
public class FeedConnector implements Connector {

  public static final String TYPE = "feed";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String SITE_URL = "siteUrl";
  static final String LIMIT = "limit";
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 100;

  private static final ConnectorSpec SPEC =
      new ConnectorSpec(
          TYPE,
          "RSS and Atom feed",
          List.of(
              Field.optional(TITLE, "Feed title", Kind.TEXT, "Defaults to the channel's name."),
              Field.optional(DESCRIPTION, "Description", Kind.TEXT, "What readers subscribe to."),
              Field.optional(
                  SITE_URL,
                  "Site URL",
                  Kind.URL,
                  "Items link to their canonical URL, else to this URL + / + slug."),
              Field.optional(
                  LIMIT, "Items", Kind.NUMBER, "How many of the newest items (1-100, 50).")),
          List.of(),
          true,
          true,
          true,
          true,
          false,
          false);

  private final PublicLinks links;

  FeedConnector(PublicLinks links) {
    this.links = links;
  }

  @Override
  public ConnectorSpec spec() {
    return SPEC;
  }

  @Override
  public void validate(ChannelConfig channel) {
    channel
        .setting(SITE_URL)
        .ifPresent(
            url -> {
              URI uri;
              try {
                uri = URI.create(url.trim());
              } catch (IllegalArgumentException ex) {
                throw new ValidationFailedException("settings." + SITE_URL, "Not a URL.");
              }
              if (uri.getHost() == null
                  || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new ValidationFailedException(
                    "settings." + SITE_URL, "An absolute http(s) URL.");
              }
            });
    channel
        .setting(LIMIT)
        .ifPresent(
            value -> {
              try {
                int limit = Integer.parseInt(value.trim());
                if (limit < 1 || limit > MAX_LIMIT) {
                  throw new NumberFormatException();
                }
              } catch (NumberFormatException ex) {
                throw new ValidationFailedException(
                    "settings." + LIMIT, "A whole number from 1 to 100.");
              }
            });
  }

  @Override
  public Outcome publish(Dispatch dispatch) {
    return new Outcome.Delivered(dispatch.item().id().toString(), feedUrl(dispatch), Exchange.NONE);
  }

  @Override
  public Outcome unpublish(Dispatch dispatch) {
    return new Outcome.Delivered(dispatch.item().id().toString(), feedUrl(dispatch), Exchange.NONE);
  }

  @Override
  public Health health(ChannelConfig channel) {
    return Health.ok("Readers pull the feed; there is no credential to check.");
  }

  private String feedUrl(Dispatch dispatch) {
    return links.to("/feeds/" + dispatch.channel().slug() + ".rss");
  }

  /** The channel's {@code limit} setting, or the default when it is missing or unreadable. */
  static int limit(java.util.Map<String, String> settings) {
    try {
      String value = settings.get(LIMIT);
      int limit = value == null || value.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(value.trim());
      return Math.clamp(limit, 1, MAX_LIMIT);
    } catch (NumberFormatException ex) {
      return DEFAULT_LIMIT;
    }
  }
}
