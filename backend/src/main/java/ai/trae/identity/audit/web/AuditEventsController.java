package ai.trae.identity.audit.web;

import ai.trae.identity.Permissions;
import ai.trae.identity.audit.AuditEntry;
import ai.trae.identity.audit.AuditEvents;
import ai.trae.identity.audit.AuditEvents.AuditFilter;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

@Tag(name = "Audit log", description = "Append-only, hash-chained record of security actions")
@RestController
@RequestMapping("/api/v1/audit-events")
@RequirePermission(Permissions.AUDIT_READ)
class AuditEventsController {

  private final AuditEvents events;
  private final JsonMapper json = JsonMapper.builder().build();

  AuditEventsController(AuditEvents events) {
    this.events = events;
  }

  @Operation(summary = "Audit events, newest first, filtered")
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  Page<AuditEntry> list(
      @RequestParam @Nullable String action,
      @RequestParam @Nullable String actorId,
      @RequestParam @Nullable Instant from,
      @RequestParam @Nullable Instant to,
      @RequestParam @Nullable String cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
    List<AuditEntry> rows =
        events.page(
            new AuditFilter(action, actorId, from, to), Cursors.decodeLong(cursor), limit + 1);
    return Page.of(rows, limit, last -> Cursors.encode(last.id()));
  }

  @Operation(summary = "Recompute the hash chain and report the first altered row")
  @GetMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
  AuditEvents.Verification verify() {
    return events.verify();
  }

  @Operation(summary = "Export every event as NDJSON or CSV")
  @GetMapping("/export")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(defaultValue = "ndjson") @Pattern(regexp = "ndjson|csv") String format) {
    boolean csv = format.equals("csv");
    StreamingResponseBody body =
        out -> {
          if (csv) {
            write(out, CsvLine.HEADER);
          }
          events.forEach(e -> write(out, csv ? CsvLine.of(e) : json.writeValueAsString(e) + "\n"));
        };
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trae-audit." + format + "\"")
        .contentType(
            csv
                ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.parseMediaType("application/x-ndjson"))
        .body(body);
  }

  private static void write(OutputStream out, String text) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
