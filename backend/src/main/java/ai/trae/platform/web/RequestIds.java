package ai.trae.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/** Where the current request's id lives: a request attribute and the logging MDC. */
public final class RequestIds {

  public static final String ATTRIBUTE = RequestIds.class.getName();
  public static final String MDC_KEY = "requestId";

  private RequestIds() {}

  public static @Nullable String of(HttpServletRequest request) {
    Object id = request.getAttribute(ATTRIBUTE);
    return id instanceof String value ? value : MDC.get(MDC_KEY);
  }
}
