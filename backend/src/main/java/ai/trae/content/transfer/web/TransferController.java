package ai.trae.content.transfer.web;

import ai.trae.content.item.Editor;
import ai.trae.content.listing.web.ListParams;
import ai.trae.content.transfer.ContentExport;
import ai.trae.content.transfer.ContentImport;
import ai.trae.content.transfer.TransferProblem;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.WebUtils;

@Tag(name = "Content import and export", description = "Markdown files with YAML front matter")
@RestController
@RequestMapping("/api/v1/content")
class TransferController {

  private final ContentExport export;
  private final ContentImport imports;
  private final Clock clock;

  TransferController(ContentExport export, ContentImport imports, Clock clock) {
    this.export = export;
    this.imports = imports;
    this.clock = clock;
  }

  @Operation(
      summary = "Export items as a zip of <type>/<slug>.md files",
      description =
          "Takes the list's filters (status, type, tag, author, channel, date ranges, q, trashed),"
              + " or id (repeatable, at most 500) for a selection. Each file has YAML front matter"
              + " with every field and the variants, then the body.")
  @GetMapping(value = "/export", produces = "application/zip")
  @RequirePermission(Permissions.CONTENT_READ)
  ResponseEntity<StreamingResponseBody> export(
      @ParameterObject ListParams params,
      @RequestParam(name = "id", required = false) @Nullable @Size(max = 500) List<UUID> ids) {
    var filter = params.filter();
    StreamingResponseBody body =
        ids == null || ids.isEmpty()
            ? out -> export.write(filter, out)
            : out -> export.write(List.copyOf(ids), out);
    String name = "trae-content-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".zip";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  @Operation(
      summary = "Import a .zip of Markdown files or one .md file (multipart, part \"file\")",
      description =
          "Each file becomes a new item with a first version of source import. Files that cannot"
              + " be imported are listed in failed with their line; the rest are imported. 413"
              + " /problems/import-too-large past the file-count or size limits (nothing imported);"
              + " 400 /problems/import-unreadable for anything but a zip or a .md file.")
  @PostMapping("/import")
  @RequirePermission(Permissions.CONTENT_WRITE_OWN)
  ContentImport.Result importFiles(Authentication caller, HttpServletRequest request) {
    MultipartHttpServletRequest multipart =
        WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    MultipartFile file = multipart == null ? null : multipart.getFile("file");
    if (file == null || file.isEmpty()) {
      throw new ProblemException(
          TransferProblem.IMPORT_UNREADABLE,
          "Send the .zip or .md as the multipart part \"file\"; nothing was imported.");
    }
    String name = file.getOriginalFilename() == null ? "upload.md" : file.getOriginalFilename();
    return imports.run(file, name, Editor.of(caller));
  }
}
