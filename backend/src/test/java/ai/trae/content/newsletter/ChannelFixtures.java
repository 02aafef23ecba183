package ai.trae.content.newsletter;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.ChannelState;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.OutgoingItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Newsletter channels and deliveries as the publishing engine hands them to the connector. */
final class ChannelFixtures {

  private ChannelFixtures() {}

  static ChannelConfig channel(String listId) {
    return new ChannelConfig(
        UUID.randomUUID(),
        "news",
        "News",
        NewsletterConnector.TYPE,
        Map.of("listId", listId, "fromName", "The Editors"),
        Map.of(),
        ChannelState.inMemory(Map.of()));
  }

  static Dispatch dispatch(ChannelConfig channel, UUID publication, String externalId) {
    OutgoingItem item =
        new OutgoingItem(
            UUID.randomUUID(),
            "article",
            "Spring <news>",
            "spring-news",
            null,
            "Read [more](https://example.org/more).",
            "<p>Read <a href=\"https://example.org/more\" rel=\"nofollow\">more</a>.</p>",
            List.of(),
            null,
            "Our spring issue",
            null,
            null,
            null,
            null,
            Instant.now(),
            1);
    return new Dispatch(channel, publication, publication + ":1", 1, item, externalId, null);
  }
}
