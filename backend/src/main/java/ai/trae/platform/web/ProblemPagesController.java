package ai.trae.platform.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The pages behind the problem {@code type} URIs: what each error kind means and what to do. */
@Hidden
@RestController
class ProblemPagesController {

  private final ProblemCatalog catalog;

  ProblemPagesController(ProblemCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping(value = "/problems", produces = MediaType.TEXT_HTML_VALUE)
  String index() {
    String items =
        catalog.kinds().stream()
            .map(
                type ->
                    "<li><a href=\"/problems/%s\">%s</a> (%d)</li>"
                        .formatted(
                            htmlEscape(type.slug()),
                            htmlEscape(type.title()),
                            type.status().value()))
            .collect(Collectors.joining("\n"));
    return page("TRAE problem types", "<ul>" + items + "</ul>");
  }

  @GetMapping(value = "/problems/{slug}", produces = MediaType.TEXT_HTML_VALUE)
  String problem(@PathVariable String slug) {
    ProblemKind type =
        catalog
            .bySlug(slug)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "No such problem type"));
    return page(
        type.title(),
        "<p><strong>HTTP %d</strong> &middot; <code>%s</code></p><p>%s</p><p><a href=\"/problems\">All problem types</a></p>"
            .formatted(
                type.status().value(),
                htmlEscape(type.uri().toString()),
                htmlEscape(type.description())));
  }

  private static String page(String title, String body) {
    return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>%s</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body style="font-family: system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem">
        <h1>%s</h1>%s</body></html>
        """
        .formatted(htmlEscape(title), htmlEscape(title), body);
  }
}
