package ai.trae.content.publishing.connector;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** How one attempt ended, and so what the delivery does next. */
public sealed interface Outcome {

  Exchange exchange();

  /** It arrived; the destination calls it {@code externalId} and shows it at {@code url}. */
  record Delivered(String externalId, @Nullable String url, Exchange exchange) implements Outcome {}

  /**
   * Not delivered, and safe to try again later: the request never left (connection refused), or the
   * destination said so (5xx, 429).
   *
   * @param retryAfter what the destination asked for ({@code Retry-After}), if it did
   */
  record Retry(String reason, @Nullable Duration retryAfter, Exchange exchange)
      implements Outcome {}

  /**
   * The request was sent and no answer came (a timeout after writing it). Sent again only with the
   * same idempotency key where the destination honours one, or after {@link Connector#lookup} says
   * it did not arrive; otherwise a person checks.
   */
  record Unknown(String reason, Exchange exchange) implements Outcome {}

  /** The destination refused this post for good (a 4xx other than 401/403/429); not retried. */
  record Failed(String reason, Exchange exchange) implements Outcome {}

  /** The destination refused the credentials (401/403): the channel needs reconnecting. */
  record CredentialRejected(String reason, Exchange exchange) implements Outcome {}
}
