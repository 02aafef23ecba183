package ai.trae.content.newsletter.audience;

import java.time.Instant;
import java.util.Locale;

/** An address no list mails. */
public record Suppression(String email, Reason reason, String detail, Instant createdAt) {

  public enum Reason {
    BOUNCED,
    COMPLAINED;

    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Reason of(String value) {
      return valueOf(value.toUpperCase(Locale.ROOT));
    }

    Subscriber.Status status() {
      return this == BOUNCED ? Subscriber.Status.BOUNCED : Subscriber.Status.COMPLAINED;
    }
  }
}
