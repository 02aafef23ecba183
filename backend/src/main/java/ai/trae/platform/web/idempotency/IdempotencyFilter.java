package ai.trae.platform.web.idempotency;

import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.idempotency.IdempotencyKeys.Claim;
import ai.trae.platform.web.idempotency.IdempotencyKeys.StoredResponse;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every API {@code POST} that carries an {@code Idempotency-Key} run at most once per key and
 * caller: the first request claims the key and runs; a repeat with the same method, path and body
 * gets the stored response again (marked {@code Idempotent-Replayed: true}); a repeat with anything
 * else is a 422; a repeat while the first still runs waits for its response. Other methods, and
 * POSTs without the header, pass straight through.
 */
final class IdempotencyFilter implements Filter {

  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  /** Sign-in, refresh, sign-out and reset links answer with cookies and tokens: never stored. */
  static final String EXCLUDED_PREFIX = "/api/v1/auth/";

  /** The headers that describe the result; everything else is written afresh on every request. */
  private static final Set<String> KEPT_HEADERS =
      Set.of(
          HttpHeaders.CONTENT_TYPE,
          HttpHeaders.CONTENT_LANGUAGE,
          HttpHeaders.CONTENT_LOCATION,
          HttpHeaders.LOCATION,
          HttpHeaders.ETAG,
          HttpHeaders.LAST_MODIFIED);

  /** Answers that depend on who asks or when, not on the request: a retry must be judged again. */
  private static final Set<Integer> NOT_STORED = Set.of(401, 403, 408, 425, 429);

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
  private static final Duration POLL = Duration.ofMillis(25);
  private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

  private final IdempotencyKeys keys;
  private final HandlerExceptionResolver problems;
  private final long maxRequestBytes;
  private final int maxStoredBytes;
  private final Duration wait;
  private final Clock clock;

  IdempotencyFilter(
      IdempotencyKeys keys,
      HandlerExceptionResolver problems,
      long maxRequestBytes,
      int maxStoredBytes,
      Duration wait,
      Clock clock) {
    this.keys = keys;
    this.problems = problems;
    this.maxRequestBytes = maxRequestBytes;
    this.maxStoredBytes = maxStoredBytes;
    this.wait = wait;
    this.clock = clock;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    @Nullable String header;
    if (!"POST".equals(request.getMethod())
        || (header = request.getHeader(HEADER)) == null
        || request.getRequestURI().startsWith(EXCLUDED_PREFIX)) {
      chain.doFilter(req, res);
      return;
    }
    HttpServletResponse response = (HttpServletResponse) res;
    String key = unquote(header.strip());
    if (!KEY.matcher(key).matches()) {
      refuse(
          request,
          response,
          PlatformProblem.BAD_REQUEST,
          "The Idempotency-Key header must be 1 to 255 visible ASCII characters.");
      return;
    }
    byte @Nullable [] body = readBody(request);
    if (body == null) {
      refuse(
          request,
          response,
          PlatformProblem.PAYLOAD_TOO_LARGE,
          "A request with an Idempotency-Key may have a body of at most %d bytes."
              .formatted(maxRequestBytes));
      return;
    }
    String principal = principal(request);
    byte[] hash = hash(request, body);
    Instant deadline = clock.instant().plus(wait);
    while (true) {
      Instant now = clock.instant();
      if (keys.claim(principal, key, hash, now)) {
        run(new BufferedBodyRequest(request, body), response, chain, principal, key);
        return;
      }
      Optional<Claim> found = keys.find(principal, key, now);
      if (found.isEmpty()) {
        continue; // released or expired between the two statements: claim again
      }
      Claim claim = found.get();
      if (!MessageDigest.isEqual(claim.requestHash(), hash)) {
        refuse(
            request,
            response,
            PlatformProblem.IDEMPOTENCY_KEY_REUSED,
            PlatformProblem.IDEMPOTENCY_KEY_REUSED.description());
        return;
      }
      if (claim.response() != null) {
        replay(claim.response(), response);
        return;
      }
      if (now.isAfter(deadline)) {
        refuse(
            request,
            response,
            PlatformProblem.IDEMPOTENCY_IN_PROGRESS,
            PlatformProblem.IDEMPOTENCY_IN_PROGRESS.description());
        return;
      }
      sleep();
    }
  }

  private void run(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      String principal,
      String key)
      throws IOException, ServletException {
    ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
    boolean stored = false;
    try {
      chain.doFilter(request, capture);
      stored = store(capture, principal, key);
    } finally {
      if (!stored) {
        keys.release(principal, key);
      }
      capture.copyBodyToResponse();
    }
  }

  /** Server errors and caller-dependent answers are left for a retry to run again. */
  private boolean store(ContentCachingResponseWrapper capture, String principal, String key) {
    int status = capture.getStatus();
    if (status >= 500
        || NOT_STORED.contains(status)
        || capture.getHeader(HttpHeaders.SET_COOKIE) != null) {
      return false;
    }
    byte[] body = capture.getContentAsByteArray();
    if (body.length > maxStoredBytes) {
      log.warn("Response of {} bytes too large to keep for its Idempotency-Key", body.length);
      return false;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : KEPT_HEADERS) {
      List<String> values = new ArrayList<>(capture.getHeaders(name));
      if (name.equals(HttpHeaders.CONTENT_TYPE)
          && values.isEmpty()
          && capture.getContentType() != null) {
        values.add(capture.getContentType());
      }
      if (!values.isEmpty()) {
        headers.put(name, values);
      }
    }
    keys.complete(principal, key, new StoredResponse(status, headers, body));
    return true;
  }

  private static void replay(StoredResponse stored, HttpServletResponse response)
      throws IOException {
    response.setStatus(stored.status());
    stored.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    response.setHeader(REPLAYED, "true");
    response.setContentLength(stored.body().length);
    response.getOutputStream().write(stored.body());
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      PlatformProblem type,
      String detail) {
    problems.resolveException(request, response, null, new ProblemException(type, detail));
  }

  /** The body, or null when it is over the limit (it must be held in memory to be compared). */
  private byte @Nullable [] readBody(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > maxRequestBytes) {
      return null;
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(maxRequestBytes + 1, Integer.MAX_VALUE - 8));
      return body.length > maxRequestBytes ? null : body;
    } catch (IOException tooLargeOrGone) {
      // the JSON body cap stops reading with an IOException; a vanished client gets no answer
      return null;
    }
  }

  /** Keys belong to the caller: a user's keys, or an anonymous caller's address. */
  static String principal(HttpServletRequest request) {
    CurrentUser user = CurrentUser.current();
    return user != null ? "user:" + user.userId() : "anonymous:" + request.getRemoteAddr();
  }

  private static byte[] hash(HttpServletRequest request, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String query = request.getQueryString();
      String target =
          request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
      digest.update(target.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
      return digest.digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The IETF draft sends the key as a structured-field string: {@code "abc"}. */
  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(POLL);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for an idempotent request", e);
    }
  }
}
