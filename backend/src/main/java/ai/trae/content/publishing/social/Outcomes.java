package ai.trae.content.publishing.social;

import ai.trae.content.publishing.connector.Outcome;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Rewording what {@link ai.trae.content.publishing.connector.HttpCalls} decided, without changing
 * the decision: the destination's own error message makes the reason, and a network's rate-limit
 * reset header stands in for a missing {@code Retry-After}.
 */
public final class Outcomes {

  /** Epoch seconds are larger than this; smaller reset values are seconds to wait. */
  private static final long EPOCH_SECONDS_FROM = 1_000_000_000L;

  private Outcomes() {}

  /** The same kind of outcome with {@code reason} in place of the generic one. */
  public static Outcome withReason(Outcome outcome, String reason) {
    return switch (outcome) {
      case Outcome.Retry retry -> new Outcome.Retry(reason, retry.retryAfter(), retry.exchange());
      case Outcome.Failed failed -> new Outcome.Failed(reason, failed.exchange());
      case Outcome.CredentialRejected rejected ->
          new Outcome.CredentialRejected(reason, rejected.exchange());
      case Outcome.Unknown unknown -> new Outcome.Unknown(reason, unknown.exchange());
      case Outcome.Delivered delivered -> delivered;
    };
  }

  /** A destination's message as a sentence: ending in a full stop unless it ends in one already. */
  public static String sentence(String message) {
    String text = message.strip();
    return text.isEmpty() || text.matches("(?s).*[.!?…]$") ? text : text + ".";
  }

  /** The reason any outcome but a delivery gives; empty for a delivery. */
  public static String reason(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Retry retry -> retry.reason();
      case Outcome.Failed failed -> failed.reason();
      case Outcome.CredentialRejected rejected -> rejected.reason();
      case Outcome.Unknown unknown -> unknown.reason();
      case Outcome.Delivered delivered -> "";
    };
  }

  /**
   * A retry that waits until the rate limit's window resets when the destination said so only in
   * {@code header} (Mastodon's {@code X-RateLimit-Reset}, Bluesky's {@code RateLimit-Reset}).
   */
  public static Outcome waitingForReset(
      Outcome outcome, @Nullable HttpHeaders headers, String header, Clock clock) {
    if (!(outcome instanceof Outcome.Retry retry) || retry.retryAfter() != null) {
      return outcome;
    }
    Duration wait = untilReset(headers, header, clock);
    return wait == null ? outcome : new Outcome.Retry(retry.reason(), wait, retry.exchange());
  }

  /**
   * How long until {@code header}'s reset: an ISO-8601 time (Mastodon), epoch seconds (Bluesky) or
   * seconds to wait (the IETF draft); null when absent or unreadable.
   */
  public static @Nullable Duration untilReset(
      @Nullable HttpHeaders headers, String header, Clock clock) {
    if (headers == null) {
      return null;
    }
    String value = headers.firstValue(header).map(String::trim).orElse("");
    if (value.isEmpty()) {
      return null;
    }
    Instant now = clock.instant();
    Instant at;
    try {
      long number = Long.parseLong(value);
      at = number >= EPOCH_SECONDS_FROM ? Instant.ofEpochSecond(number) : now.plusSeconds(number);
    } catch (NumberFormatException notNumber) {
      try {
        at = OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
    Duration wait = Duration.between(now, at);
    // a reset in a fraction of a second still asks for a pause, not an immediate retry
    return wait.isNegative() ? Duration.ZERO : wait.plusMillis(999).withNanos(0);
  }
}
