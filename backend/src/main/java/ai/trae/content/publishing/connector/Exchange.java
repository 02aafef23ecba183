package ai.trae.content.publishing.connector;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the delivery log shows of one attempt. Never holds a secret: the request is a summary
 * ({@code POST https://example.com/hook (1,204 bytes)}), not its headers.
 *
 * @param status the HTTP status, or null when no answer came
 * @param response the start of the answer's body, at most {@link #EXCERPT} characters
 */
public record Exchange(
    String request, @Nullable Integer status, @Nullable String response, Duration elapsed) {

  public static final int EXCERPT = 2_000;

  /** For outcomes decided without calling anyone. */
  public static final Exchange NONE = new Exchange("", null, null, Duration.ZERO);

  public Exchange {
    if (response != null && response.length() > EXCERPT) {
      response = response.substring(0, EXCERPT);
    }
  }
}
