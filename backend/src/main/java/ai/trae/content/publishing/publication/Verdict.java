package ai.trae.content.publishing.publication;

import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.publication.PublicationRows.Settled;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an attempt's outcome means for its delivery: the one place the rules live (retry with
 * backoff up to the limit, stop at once, repeat an unknown outcome only where that is safe, look it
 * up where the destination can be asked, else hand it to a person).
 */
final class Verdict {

  private final Backoff backoff;
  private final int maxAttempts;

  Verdict(Backoff backoff, int maxAttempts) {
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
  }

  /**
   * @param attempt the attempt that ended (1 for the first)
   * @param sentVersion the item version the attempt carried, kept once it arrived
   */
  Settled of(
      Outcome outcome,
      Operation operation,
      ConnectorSpec spec,
      int attempt,
      int sentVersion,
      Instant now) {
    return switch (outcome) {
      case Outcome.Delivered d ->
          new Settled(
              operation == Operation.UNPUBLISH
                  ? PublicationStatus.REMOVED
                  : PublicationStatus.DELIVERED,
              null,
              null,
              d.externalId().isBlank() ? null : d.externalId(),
              d.url(),
              now,
              false,
              sentVersion);
      case Outcome.Retry r -> later(r.reason(), r.retryAfter(), attempt, false, now);
      case Outcome.Failed f -> failed(f.reason());
      case Outcome.CredentialRejected c -> failed(c.reason());
      case Outcome.Unknown u -> unknown(u.reason(), spec, attempt, now);
    };
  }

  /** An attempt whose outcome is unknown: repeat with the same key, look up first, or ask. */
  Settled unknown(String reason, ConnectorSpec spec, int attempt, Instant now) {
    if (spec.repeatIsSafe()) {
      return later(
          reason
              + " It is sent again with the same idempotency key, which the destination drops"
              + " if it already has it.",
          null,
          attempt,
          false,
          now);
    }
    if (spec.canLookUp()) {
      return later(
          reason + " TRAE asks the destination whether it arrived before sending again.",
          null,
          attempt,
          true,
          now);
    }
    return new Settled(
        PublicationStatus.NEEDS_CHECKING,
        null,
        reason
            + " This destination can neither drop a repeat nor be asked, so it is not sent again:"
            + " check whether it arrived, then mark it delivered or send it again.",
        null,
        null,
        null,
        false,
        null);
  }

  /** A look-up could not be made now: ask again later. */
  Settled lookupLater(String reason, int attempt, Instant now) {
    return later(reason, null, attempt, true, now);
  }

  Settled later(
      String reason, @Nullable Duration retryAfter, int attempt, boolean checkFirst, Instant now) {
    if (attempt >= maxAttempts) {
      String stopped = "Stopped after " + attempt + " attempts. " + reason;
      // it may have arrived: a person looks rather than a blind "retry now"
      return checkFirst
          ? new Settled(
              PublicationStatus.NEEDS_CHECKING, null, stopped, null, null, null, false, null)
          : failed(stopped);
    }
    return new Settled(
        PublicationStatus.RETRYING,
        now.plus(backoff.after(attempt, retryAfter)),
        reason,
        null,
        null,
        null,
        checkFirst,
        null);
  }

  static Settled needsChecking(String reason) {
    return new Settled(
        PublicationStatus.NEEDS_CHECKING, null, reason, null, null, null, false, null);
  }

  static Settled failed(String reason) {
    return new Settled(PublicationStatus.FAILED, null, reason, null, null, null, false, null);
  }
}
