package ai.trae.content.newsletter.audience;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One address on one list. */
public record Subscriber(
    UUID id,
    UUID listId,
    String email,
    @Nullable String name,
    Status status,
    String source,
    Instant createdAt,
    @Nullable Instant confirmedAt,
    @Nullable Instant unsubscribedAt) {

  /** Only {@code CONFIRMED} subscribers get editions. */
  public enum Status {
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED,
    BOUNCED,
    COMPLAINED;

    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Status of(String value) {
      return valueOf(value.toUpperCase(Locale.ROOT));
    }
  }
}
