package ai.trae.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (a sane incoming {@code X-Request-Id}, else a new one), returns it,
 * puts it in the MDC for every log line, and writes one access-log line when the request ends. It
 * runs first so that even requests rejected by security carry the id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

  static final String HEADER = "X-Request-Id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
  private static final Logger accessLog = LoggerFactory.getLogger("ai.trae.access");

  /** Paths whose last segment is a secret (invitation links): logged as {@code ***}. */
  private static final Pattern SECRET_SEGMENT =
      Pattern.compile("(/invite/|/api/v1/invitations/)[^/]+");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = sanitize(request.getHeader(HEADER));
    long start = System.nanoTime();
    request.setAttribute(RequestIds.ATTRIBUTE, requestId);
    response.setHeader(HEADER, requestId);
    MDC.put(RequestIds.MDC_KEY, requestId);
    try {
      chain.doFilter(request, response);
    } finally {
      long micros = (System.nanoTime() - start) / 1_000;
      // the path only (query strings may carry tokens), with secret segments masked
      String path = redact(request.getRequestURI());
      accessLog
          .atInfo()
          .addKeyValue("http.method", request.getMethod())
          .addKeyValue("url.path", path)
          .addKeyValue("http.status", response.getStatus())
          .addKeyValue("duration.ms", micros / 1000.0)
          .log("{} {} {} {}ms", request.getMethod(), path, response.getStatus(), micros / 1000.0);
      MDC.remove(RequestIds.MDC_KEY);
    }
  }

  static String redact(String path) {
    // nearly every path has no secret: skip the regular expression for those
    if (!path.contains("/invit")) {
      return path;
    }
    return SECRET_SEGMENT.matcher(path).replaceAll("$1***");
  }

  static String sanitize(@Nullable String incoming) {
    if (incoming != null && SANE.matcher(incoming).matches()) {
      return incoming;
    }
    return UUID.randomUUID().toString();
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }
}
