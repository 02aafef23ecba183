package ai.trae.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Writes the {@code ETag} of every {@link Versioned} body, and answers a {@code GET} or {@code
 * HEAD} whose {@code If-None-Match} names it with 304 and no body. Handlers returning anything else
 * are not touched.
 */
@ControllerAdvice
class ConditionalResponses implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return Versioned.class.isAssignableFrom(returnType.getParameterType());
  }

  @Override
  public @Nullable Object beforeBodyWrite(
      @Nullable Object body,
      MethodParameter returnType,
      MediaType selectedContentType,
      Class<? extends HttpMessageConverter<?>> selectedConverterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (!(body instanceof Versioned<?> versioned)
        || !(request instanceof ServletServerHttpRequest servletRequest)
        || !(response instanceof ServletServerHttpResponse servletResponse)) {
      return body;
    }
    HttpServletRequest in = servletRequest.getServletRequest();
    HttpServletResponse out = servletResponse.getServletResponse();
    // on the servlet response itself: with no body written, the wrapper's headers never are
    out.setHeader(HttpHeaders.ETAG, versioned.etag());
    boolean read = "GET".equals(in.getMethod()) || "HEAD".equals(in.getMethod());
    if (read && new ServletWebRequest(in, out).checkNotModified(versioned.etag())) {
      return null;
    }
    return body;
  }
}
