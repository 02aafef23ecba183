package ai.trae.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Caps JSON request bodies ({@code TRAE_WEB_MAX_JSON_BODY_SIZE}): a declared length over the cap is
 * refused before a byte is read, and a body without one (chunked) stops being read at the cap.
 * Either way the answer is 413 {@code /problems/payload-too-large}. Multipart uploads have their
 * own limits.
 */
final class JsonBodyLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final HandlerExceptionResolver exceptionResolver;

  JsonBodyLimitFilter(long maxBytes, HandlerExceptionResolver exceptionResolver) {
    this.maxBytes = maxBytes;
    this.exceptionResolver = exceptionResolver;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !JsonOnlyConfiguration.isJson(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      exceptionResolver.resolveException(request, response, null, tooLarge(maxBytes));
      return;
    }
    chain.doFilter(new Capped(request, maxBytes), response);
  }

  static ProblemException tooLarge(long maxBytes) {
    return new ProblemException(
        PlatformProblem.PAYLOAD_TOO_LARGE,
        "The JSON body is larger than the %d bytes TRAE accepts.".formatted(maxBytes));
  }

  /** Raised while reading past the cap; the problem handler finds it under the parse error. */
  static final class TooLarge extends IOException {

    final long maxBytes;

    TooLarge(long maxBytes) {
      super("JSON body over " + maxBytes + " bytes");
      this.maxBytes = maxBytes;
    }
  }

  private static final class Capped extends HttpServletRequestWrapper {

    private final long maxBytes;
    private ServletInputStream stream;

    Capped(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CappedStream(super.getInputStream(), maxBytes);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      // an unknown name is an UnsupportedEncodingException, i.e. the client's bad request
      return new BufferedReader(
          encoding == null
              ? new InputStreamReader(getInputStream(), StandardCharsets.UTF_8)
              : new InputStreamReader(getInputStream(), encoding));
    }
  }

  private static final class CappedStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long maxBytes;
    private long read;

    CappedStream(ServletInputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > maxBytes) {
        throw new TooLarge(maxBytes);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
