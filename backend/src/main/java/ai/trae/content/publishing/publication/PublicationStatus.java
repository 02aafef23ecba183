package ai.trae.content.publishing.publication;

import java.util.Arrays;
import java.util.Locale;

/** Where a publication's current delivery stands; stored and answered in lower case. */
public enum PublicationStatus {
  PENDING,
  SENDING,
  RETRYING,
  DELIVERED,
  FAILED,
  NEEDS_CHECKING,
  REMOVED,
  CANCELLED;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PublicationStatus of(String value) {
    return Arrays.stream(values())
        .filter(s -> s.value().equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("status " + value));
  }

  /** Nothing more happens on its own: a new delivery may start. */
  public boolean settled() {
    return this == DELIVERED
        || this == FAILED
        || this == NEEDS_CHECKING
        || this == REMOVED
        || this == CANCELLED;
  }
}
