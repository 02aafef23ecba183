package ai.trae.content.publishing.social;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.ChannelState;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.OutgoingItem;
import ai.trae.content.publishing.connector.OutgoingItem.MediaFile;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the delivery engine hands a connector, built by hand for the connectors' own tests. */
public final class Dispatches {

  public static final UUID PUBLICATION = UUID.fromString("019ad9a4-6c3e-7b21-9f4e-2d8c1a5b7e90");
  public static final UUID ITEM = UUID.fromString("019ad9a0-1111-7222-8333-444455556666");
  public static final UUID COVER = UUID.fromString("019ad9a2-aaaa-7bbb-8ccc-dddddddddddd");
  public static final byte[] COVER_BYTES = "\u00ff\u00d8\u00ff\u00e0 not really a jpeg".getBytes();

  private Dispatches() {}

  /**
   * Calls that give up waiting for an answer after 2 s: long enough on a busy machine, short for a
   * test.
   */
  public static HttpCalls calls(Clock clock) {
    return new HttpCalls(
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
        Duration.ofSeconds(2),
        clock);
  }

  public static ChannelConfig channel(
      String type, Map<String, String> settings, Map<String, String> secrets, ChannelState state) {
    return new ChannelConfig(
        UUID.fromString("019ad99f-0000-7000-8000-000000000001"),
        type + "-main",
        "Main " + type,
        type,
        settings,
        secrets,
        state);
  }

  public static OutgoingItem item(String markdown, String html, @Nullable MediaFile cover) {
    return new OutgoingItem(
        ITEM,
        "article",
        "Spring in the garden",
        "spring-in-the-garden",
        "What grows first.",
        markdown,
        html,
        List.of("garden", "spring"),
        cover,
        null,
        null,
        null,
        null,
        "https://trae.example.com/items/spring-in-the-garden",
        Instant.parse("2026-12-02T09:00:00Z"),
        3);
  }

  public static MediaFile cover(String altText) {
    return new MediaFile(
        COVER,
        "Tulips in März.jpg",
        "image/jpeg",
        COVER_BYTES.length,
        altText,
        1200,
        800,
        "https://trae.example.com/media/" + COVER + "/large.jpg",
        () -> new ByteArrayInputStream(COVER_BYTES));
  }

  public static Dispatch dispatch(
      ChannelConfig channel, OutgoingItem item, int attempt, @Nullable String externalId) {
    return new Dispatch(
        channel,
        PUBLICATION,
        "019ad9a5-0000-7000-8000-00000000beef",
        attempt,
        item,
        externalId,
        null);
  }
}
