package ai.trae.content.publishing.connector;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP glue every push connector shares: sends one request with the configured timeouts and
 * sorts what happened into an {@link Outcome} the delivery can act on, so each connector only
 * builds its request and reads a successful answer.
 *
 * <ul>
 *   <li>could not connect → {@link Outcome.Retry} (nothing was sent)
 *   <li>sent, no answer in time, or the connection broke → {@link Outcome.Unknown}
 *   <li>429, 408, 5xx → {@link Outcome.Retry}, with {@code Retry-After} when given
 *   <li>401, 403 → {@link Outcome.CredentialRejected}
 *   <li>other 4xx → {@link Outcome.Failed}
 * </ul>
 */
public final class HttpCalls {

  /** Answers are read up to this size; a connector needs ids and URLs, not megabytes. */
  static final int MAX_BODY = 1 << 20;

  private final HttpClient client;
  private final Duration requestTimeout;
  private final Clock clock;

  public HttpCalls(HttpClient client, Duration requestTimeout, Clock clock) {
    this.client = client;
    this.requestTimeout = requestTimeout;
    this.clock = clock;
  }

  /** One call; {@link Call#failure()} is null only for a 2xx answer. */
  public Call send(HttpRequest.Builder builder) {
    HttpRequest request = builder.timeout(requestTimeout).build();
    String summary = summary(request);
    long start = System.nanoTime();
    HttpResponse<InputStream> response;
    String body;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
      }
    } catch (HttpConnectTimeoutException | ConnectException ex) {
      return failed(
          summary,
          start,
          new Outcome.Retry(unreachable(request), null, exchange(summary, start, null, null)));
    } catch (HttpTimeoutException ex) {
      return failed(
          summary,
          start,
          new Outcome.Unknown(
              "Sent, but no answer came within " + requestTimeout.toSeconds() + " s.",
              exchange(summary, start, null, null)));
    } catch (IOException ex) {
      return failed(
          summary,
          start,
          new Outcome.Unknown(
              "Sent, but the connection broke before an answer ("
                  + ex.getClass().getSimpleName()
                  + ").",
              exchange(summary, start, null, null)));
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return failed(
          summary,
          start,
          new Outcome.Unknown(
              "Interrupted while waiting for an answer.", exchange(summary, start, null, null)));
    }
    int status = response.statusCode();
    Exchange exchange = exchange(summary, start, status, body);
    return new Call(
        status, body, response.headers(), exchange, classify(status, response, exchange));
  }

  private @Nullable Outcome classify(int status, HttpResponse<?> response, Exchange exchange) {
    if (status >= 200 && status < 300) {
      return null;
    }
    String reason = "The destination answered " + status + ".";
    if (status == 429 || status == 408 || status >= 500) {
      return new Outcome.Retry(
          reason, retryAfter(response.headers().firstValue("Retry-After")), exchange);
    }
    if (status == 401 || status == 403) {
      return new Outcome.CredentialRejected(
          reason + " The channel's credentials were refused; reconnect it.", exchange);
    }
    return new Outcome.Failed(reason, exchange);
  }

  /** Seconds or an HTTP date (RFC 9110 §10.2.3); an unreadable value counts as none. */
  @Nullable Duration retryAfter(Optional<String> header) {
    if (header.isEmpty()) {
      return null;
    }
    String value = header.get().trim();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }

  private static Call failed(String summary, long start, Outcome outcome) {
    return new Call(0, "", null, outcome.exchange(), outcome);
  }

  private static Exchange exchange(
      String summary, long start, @Nullable Integer status, @Nullable String body) {
    return new Exchange(summary, status, body, Duration.ofNanos(System.nanoTime() - start));
  }

  private static String unreachable(HttpRequest request) {
    return "Could not connect to " + request.uri().getHost() + "; nothing was sent.";
  }

  /** Method, URL without its query (which may carry a token) and body size; never headers. */
  static String summary(HttpRequest request) {
    URI uri = request.uri();
    String url =
        uri.getScheme()
            + "://"
            + uri.getRawAuthority()
            + (uri.getRawPath() == null ? "" : uri.getRawPath());
    long length = request.bodyPublisher().map(HttpRequest.BodyPublisher::contentLength).orElse(0L);
    return request.method() + " " + url + (length > 0 ? " (%,d bytes)".formatted(length) : "");
  }

  /**
   * One call's result.
   *
   * @param status 0 when no answer came
   * @param failure null for a 2xx answer; otherwise what the delivery should do
   */
  public record Call(
      int status,
      String body,
      java.net.http.@Nullable HttpHeaders headers,
      Exchange exchange,
      @Nullable Outcome failure) {

    public boolean ok() {
      return failure == null;
    }

    /** The failure; only call when {@link #ok()} is false. */
    public Outcome outcome() {
      if (failure == null) {
        throw new IllegalStateException("the call succeeded");
      }
      return failure;
    }
  }
}
