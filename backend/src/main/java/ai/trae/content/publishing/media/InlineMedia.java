package ai.trae.content.publishing.media;

import ai.trae.content.media.Media;
import ai.trae.content.media.MediaLibrary;
import ai.trae.content.media.MediaServing;
import ai.trae.platform.mail.PublicLinks;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Signs the media an item's body embeds. The editor's "Insert image" writes {@code
 * ![alt](/api/v1/media/{id}/content)}, a path that needs a signed-in session: a webhook receiver, a
 * feed reader, a site on the delivery API or a WordPress post could not load it. Each reference to
 * {@code /api/v1/media/{id}/content} or {@code /api/v1/media/{id}/variants/{name}}, relative or
 * prefixed by TRAE's public URL, becomes the absolute signed URL of that file (or variant), the way
 * covers are signed.
 *
 * <p>The texts are searched as text, not parsed: a code span or block that merely mentions such a
 * path is rewritten too. That is accepted: the result is still a valid URL for the same file, and
 * parsing every body to spare an example path is not worth it. A path that is part of another
 * address (another host's {@code /api/v1/media/…}, a longer path) is left alone, as is a reference
 * to media that does not exist (any more) or to a variant not made yet.
 */
@Component
public class InlineMedia {

  private static final String UUID_PATTERN =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  /**
   * Not after a character that would make the path part of a longer address, and not followed by
   * more path, a query or a fragment (which a signed URL could not carry along).
   */
  private static final String BEFORE = "(?<![\\w.~:/?#&=%@+-])";

  private static final String PATH =
      "/api/v1/media/(" + UUID_PATTERN + ")/(?:content|variants/([A-Za-z0-9-]{1,40}))";
  private static final String AFTER = "(?![\\w/?#-]|\\.\\w)";

  private final MediaLibrary library;
  private final MediaServing serving;
  private final PublicLinks links;

  InlineMedia(MediaLibrary library, MediaServing serving, PublicLinks links) {
    this.library = library;
    this.serving = serving;
    this.links = links;
  }

  /**
   * A signer for these texts: every file they reference is read in one query, here, and each
   * reference is signed to expire at {@code expires} (at most 7 days ahead). A caller that caches
   * what it renders passes a fixed expiry, so the same text signs to the same URLs all day.
   */
  public Signer signer(Instant expires, Collection<String> texts) {
    Pattern pattern = pattern(links.to("/"));
    Set<UUID> ids = new LinkedHashSet<>();
    for (String text : texts) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        ids.add(UUID.fromString(m.group(2)));
      }
    }
    Map<UUID, Media> found =
        ids.isEmpty()
            ? Map.of()
            : library.byIds(ids).stream().collect(Collectors.toMap(Media::id, Function.identity()));
    return new Signer(pattern, found, expires);
  }

  /** References to TRAE's media, relative or under this public URL (group 1 the prefix if any). */
  static Pattern pattern(String publicUrl) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return Pattern.compile(
        BEFORE + "(" + Pattern.quote(base) + ")?" + PATH + AFTER, Pattern.CASE_INSENSITIVE);
  }

  /** Rewrites texts with the media read by {@link #signer}; each file is signed once. */
  public final class Signer {

    private final Pattern pattern;
    private final Map<UUID, Media> media;
    private final Instant expires;
    private final Map<String, @Nullable String> signed = new HashMap<>();

    private Signer(Pattern pattern, Map<UUID, Media> media, Instant expires) {
      this.pattern = pattern;
      this.media = media;
      this.expires = expires;
    }

    /** Markdown (or plain text): references become absolute signed URLs as they are. */
    public String markdown(String text) {
      return rewrite(text, false);
    }

    /** HTML: references (in attributes) become signed URLs with {@code &} written {@code &amp;}. */
    public String html(String text) {
      return rewrite(text, true);
    }

    private String rewrite(String text, boolean html) {
      if (media.isEmpty()) {
        return text;
      }
      Matcher m = pattern.matcher(text);
      StringBuilder out = new StringBuilder(text.length() + 256);
      int last = 0;
      while (m.find()) {
        String url = url(UUID.fromString(m.group(2)), m.group(3));
        if (url == null) {
          continue;
        }
        out.append(text, last, m.start()).append(html ? url.replace("&", "&amp;") : url);
        last = m.end();
      }
      return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    private @Nullable String url(UUID id, @Nullable String variant) {
      String name = variant == null ? MediaServing.ORIGINAL : variant;
      return signed.computeIfAbsent(id + "/" + name, key -> sign(id, name));
    }

    private @Nullable String sign(UUID id, String name) {
      Media file = media.get(id);
      if (file == null || !(name.equals(MediaServing.ORIGINAL) || file.variant(name).isPresent())) {
        return null;
      }
      return links.to(serving.signUntil(file, name, expires).path());
    }
  }
}
