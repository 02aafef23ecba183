package ai.trae.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * What Tomcat answers itself, before any of TRAE's code runs (a request line, path or header it
 * cannot parse): the same problem details as everywhere else, instead of its HTML page. It only
 * knows the status, so the answer carries the generic type for it and no request id.
 */
public class ProblemReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus resolved = HttpStatus.resolve(status);
    PlatformProblem type =
        PlatformProblem.forStatus(resolved == null ? HttpStatus.BAD_REQUEST : resolved);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", type.uri().toString());
    problem.put("title", type.title());
    problem.put("status", status);
    problem.put(
        "detail", type == PlatformProblem.BAD_REQUEST ? Problems.REJECTED : type.description());
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      byte[] body = Problems.JSON.writeValueAsBytes(problem);
      response.setContentLength(body.length);
      OutputStream out = response.getOutputStream();
      out.write(body);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // the connection is going away anyway; nothing more to tell the client
    }
  }
}
