package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The problem types the running application knows are exactly those {@code docs/api.md} lists, each
 * with its status, title and owning module, and every kind any module declares is registered (so it
 * has its page).
 */
@IntegrationTest
class ProblemCatalogDocsTests {

  private static final Pattern ROW =
      Pattern.compile("^\\| `/problems/([a-z0-9-]+)` \\| (\\d{3}) \\| ([^|]+?) \\| (\\w+) \\|$");

  @Autowired ProblemCatalog catalog;
  @Autowired Http http;

  @Test
  void docsListEveryProblemTypeAndNoOther() throws IOException {
    List<String> documented =
        Files.readAllLines(Path.of("..", "docs", "api.md")).stream()
            .map(ROW::matcher)
            .filter(Matcher::matches)
            .map(m -> String.join(" | ", m.group(1), m.group(2), m.group(3), m.group(4)))
            .toList();
    List<String> declared =
        catalog.kinds().stream()
            .map(
                kind ->
                    String.join(
                        " | ",
                        kind.slug(),
                        Integer.toString(kind.status().value()),
                        kind.title(),
                        owner(kind.getClass())))
            .toList();

    assertThat(documented).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void everyDeclaredKindIsRegistered() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(ProblemKind.class));
    for (BeanDefinition candidate : scanner.findCandidateComponents("ai.trae")) {
      Class<?> type = Class.forName(candidate.getBeanClassName());
      if (type.getName().contains("Tests$")) {
        continue; // a test's own made-up kinds
      }
      for (Object kind : type.getEnumConstants()) {
        assertThat(catalog.kinds()).as(type.getName()).contains((ProblemKind) kind);
      }
    }
  }

  @Test
  void eachModulesKindsHaveTheirPage() {
    HttpResponse<String> page = http.get("/problems/session-expired");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Session expired", "HTTP 401", "/problems/session-expired");
    assertThat(http.get("/problems").body())
        .contains("/problems/owner-required", "/problems/not-found");
  }

  /** The application module a class belongs to: the package segment after {@code ai.trae}. */
  private static String owner(Class<?> type) {
    Class<?> declaring = type.isEnum() ? type : type.getDeclaringClass();
    return declaring.getPackageName().split("\\.")[2];
  }
}
