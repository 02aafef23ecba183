package ai.trae.content.publishing.wordpress;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.ConnectorSpec.Field;
import ai.trae.content.publishing.connector.ConnectorSpec.Kind;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Exchange;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Lookup;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.connector.OutgoingItem;
import ai.trae.content.publishing.social.BaseUrls;
import ai.trae.content.publishing.social.Json;
import ai.trae.content.publishing.social.Outcomes;
import ai.trae.platform.web.ValidationFailedException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Posts on a WordPress site. Every post carries an HTML comment naming TRAE's publication, so after
 * an attempt whose outcome is unknown {@link #lookup} finds the post it may have created ({@code
 * GET /posts?search=}); a repeat looks before it creates and never makes a second post.
 */
@Component
class WordPressConnector implements Connector {

  static final ConnectorSpec SPEC =
      new ConnectorSpec(
          "wordpress",
          "WordPress",
          List.of(
              Field.required(
                  "siteUrl",
                  "Site address",
                  Kind.URL,
                  "The site's address, like https://blog.example.com"),
              Field.required(
                  "username",
                  "User name",
                  Kind.TEXT,
                  "The WordPress user the posts are published as")),
          List.of(
              Field.required(
                  "applicationPassword",
                  "Application password",
                  Kind.SECRET,
                  "Users → Profile → Application Passwords in the site's admin")),
          false,
          true,
          true,
          false,
          true,
          false);

  /** Statuses an editor may have moved TRAE's post to; a lookup still finds it there. */
  private static final String ANY_STATUS = "publish,future,draft,pending,private";

  private final HttpCalls calls;

  WordPressConnector(HttpCalls calls) {
    this.calls = calls;
  }

  @Override
  public ConnectorSpec spec() {
    return SPEC;
  }

  @Override
  public void validate(ChannelConfig channel) {
    BaseUrls.check(channel, "siteUrl");
    if (channel.setting("username").isEmpty()) {
      throw new ValidationFailedException("username", "Give the WordPress user name.");
    }
  }

  @Override
  public Outcome publish(Dispatch dispatch) {
    WordPressSite site = new WordPressSite(dispatch.channel(), calls);
    if (!dispatch.isUpdate() && dispatch.attempt() > 1) {
      Search earlier = find(site, dispatch.publicationId());
      if (earlier.failure() != null) {
        return earlier.failure();
      }
      if (earlier.post() != null) {
        return new Outcome.Delivered(
            earlier.post().externalId(), earlier.post().url(), earlier.call().exchange());
      }
    }
    OutgoingItem item = dispatch.item();
    long featured = 0;
    if (item.cover() != null) {
      FeaturedImages.Result image = FeaturedImages.attach(site, item.cover());
      if (image.failure() != null) {
        return image.failure();
      }
      featured = image.id();
    }
    Map<String, Object> post = post(item, dispatch.publicationId(), featured);
    List<Long> tags = WordPressTags.ids(site, item.tags());
    if (!tags.isEmpty()) {
      post.put("tags", tags);
    }
    String path = dispatch.isUpdate() ? "/posts/" + dispatch.externalId() : "/posts";
    HttpCalls.Call call = site.post(path, post);
    if (!call.ok()) {
      if (dispatch.isUpdate() && call.status() == 404) {
        return new Outcome.Failed(
            "The WordPress post "
                + dispatch.externalId()
                + " is gone (deleted for good on the site?); unpublish and publish again to make a new one.",
            call.exchange());
      }
      return WordPressSite.explain(call, "the post");
    }
    JsonNode answer = Json.read(call.body());
    return new Outcome.Delivered(
        answer.path("id").asString(""), Json.text(answer, "link"), call.exchange());
  }

  private static Map<String, Object> post(OutgoingItem item, UUID publication, long featured) {
    Map<String, Object> post = new LinkedHashMap<>();
    post.put("title", item.title());
    post.put("content", item.html() + "\n<!-- " + marker(publication) + " -->");
    String excerpt = item.summary() != null ? item.summary() : item.metaDescription();
    post.put("excerpt", excerpt == null ? "" : excerpt);
    post.put("status", "publish");
    post.put("slug", item.slug());
    // 0 takes a cover removed in TRAE off the post too
    post.put("featured_media", featured);
    return post;
  }

  /** One word to WordPress's search, found only in TRAE's own comment. */
  static String marker(UUID publication) {
    return "trae-publication-" + publication;
  }

  @Override
  public Outcome unpublish(Dispatch dispatch) {
    WordPressSite site = new WordPressSite(dispatch.channel(), calls);
    String id = dispatch.externalId();
    if (id == null) {
      return new Outcome.Failed("Nothing to take back: the post was never created.", Exchange.NONE);
    }
    // without force=true WordPress moves the post to the trash, where an editor can restore it
    HttpCalls.Call call = site.delete("/posts/" + id);
    if (call.ok()
        || call.status() == 404
        || "rest_already_trashed".equals(WordPressSite.code(call))) {
      return new Outcome.Delivered(id, null, call.exchange());
    }
    return WordPressSite.explain(call, "moving the post to the trash");
  }

  @Override
  public Lookup lookup(Dispatch dispatch) {
    Search found = find(new WordPressSite(dispatch.channel(), calls), dispatch.publicationId());
    if (found.failure() != null) {
      return new Lookup.Unavailable(Outcomes.reason(found.failure()));
    }
    return found.post() == null ? new Lookup.NotFound() : found.post();
  }

  private record Search(
      HttpCalls.Call call, Lookup.@Nullable Found post, @Nullable Outcome failure) {}

  private static Search find(WordPressSite site, UUID publication) {
    String marker = marker(publication);
    HttpCalls.Call call =
        site.get(
            "/posts?search="
                + marker
                + "&status="
                + ANY_STATUS
                + "&context=edit&per_page=10&_fields=id,link,content");
    if (!call.ok()) {
      return new Search(call, null, WordPressSite.explain(call, "the search for an earlier post"));
    }
    for (JsonNode post : Json.read(call.body())) {
      // search also matches titles and excerpts; only TRAE's comment in the content counts
      String raw = post.path("content").path("raw").asString("");
      if (raw.contains(marker)) {
        return new Search(
            call, new Lookup.Found(post.path("id").asString(""), Json.text(post, "link")), null);
      }
    }
    return new Search(call, null, null);
  }

  @Override
  public Health health(ChannelConfig channel) {
    HttpCalls.Call call =
        new WordPressSite(channel, calls)
            .get("/users/me?context=edit&_fields=id,name,capabilities");
    if (!call.ok()) {
      Outcome failure = WordPressSite.explain(call, "signing in");
      return failure instanceof Outcome.Retry || failure instanceof Outcome.Unknown
          ? Health.temporaryFailure(Outcomes.reason(failure))
          : Health.credentialInvalid(Outcomes.reason(failure));
    }
    JsonNode user = Json.read(call.body());
    String name = user.path("name").asString("the user");
    JsonNode can = user.path("capabilities");
    if (!can.path("publish_posts").asBoolean(false)) {
      return Health.credentialInvalid(
          "Signed in as "
              + name
              + ", who may not publish posts; give the user the Author role or higher.");
    }
    if (!can.path("upload_files").asBoolean(false)) {
      return Health.ok(
          "Signed in as " + name + ", who may not upload files: posts with a cover will fail.");
    }
    return Health.ok("Signed in as " + name + ".");
  }
}
