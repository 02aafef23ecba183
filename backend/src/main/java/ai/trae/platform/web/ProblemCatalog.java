package ai.trae.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every problem kind any module registered ({@link ProblemKinds} beans), by slug. Two kinds with
 * one slug would make one type URI mean two things, so that stops the start.
 */
public final class ProblemCatalog {

  private final Map<String, ProblemKind> bySlug = new LinkedHashMap<>();

  public ProblemCatalog(List<ProblemKinds> contributions) {
    for (ProblemKinds contribution : contributions) {
      for (ProblemKind kind : contribution.kinds()) {
        ProblemKind clash = bySlug.putIfAbsent(kind.slug(), kind);
        if (clash != null) {
          throw new IllegalStateException(
              "Problem type /problems/%s is declared twice: by %s and by %s"
                  .formatted(kind.slug(), owner(clash), owner(kind)));
        }
      }
    }
  }

  public List<ProblemKind> kinds() {
    return List.copyOf(bySlug.values());
  }

  public Optional<ProblemKind> bySlug(String slug) {
    return Optional.ofNullable(bySlug.get(slug));
  }

  private static String owner(ProblemKind kind) {
    Class<?> type =
        kind instanceof Enum<?> constant ? constant.getDeclaringClass() : kind.getClass();
    return type.getName() + "." + kind;
  }
}
