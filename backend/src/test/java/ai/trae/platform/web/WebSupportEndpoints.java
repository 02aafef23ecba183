package ai.trae.platform.web;

import jakarta.annotation.security.PermitAll;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that exist only in tests, written the way a module's controller uses the platform's web
 * support: {@link Versioned} answers, an {@link IfMatch} parameter, plain POSTs that the
 * Idempotency-Key filter guards without a line of their own.
 */
@TestConfiguration
@RestController
@PermitAll
public class WebSupportEndpoints {

  public record Note(String id, String text) {}

  public record NoteChange(String text) {}

  private final Map<String, Versioned<Note>> notes = new ConcurrentHashMap<>();

  /** How often each POST handler really ran, by the name the test gave it. */
  public final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();

  public void put(String id, String text, long version) {
    notes.put(id, Versioned.of(new Note(id, text), version));
  }

  @GetMapping("/api/test/notes/{id}")
  Versioned<Note> note(@PathVariable String id) {
    return notes.get(id);
  }

  @PatchMapping("/api/test/notes/{id}")
  Versioned<Note> change(@PathVariable String id, IfMatch ifMatch, @RequestBody NoteChange body) {
    Versioned<Note> current = ifMatch.check(notes.get(id));
    Versioned<Note> next = Versioned.of(new Note(id, body.text()), current.version() + 1);
    notes.put(id, next);
    return next;
  }

  public record Created(String name, int execution, Map<String, Object> echo) {}

  @PostMapping("/api/test/runs/{name}")
  ResponseEntity<Created> run(
      @PathVariable String name,
      @RequestParam(defaultValue = "0") long sleepMillis,
      @RequestParam(defaultValue = "201") int status,
      @RequestBody Map<String, Object> body)
      throws InterruptedException {
    int execution = executions.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    Thread.sleep(sleepMillis);
    return ResponseEntity.status(status)
        .location(URI.create("/api/test/runs/" + name + "/" + execution))
        .eTag("\"" + execution + "\"")
        .body(new Created(name, execution, body));
  }

  @GetMapping("/api/test/runs/{name}")
  Map<String, Integer> count(@PathVariable String name) {
    return Map.of("executions", executions.getOrDefault(name, new AtomicInteger()).get());
  }

  public int executions(String name) {
    return executions.getOrDefault(name, new AtomicInteger()).get();
  }
}
