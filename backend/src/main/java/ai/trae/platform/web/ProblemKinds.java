package ai.trae.platform.web;

import java.util.Arrays;
import java.util.List;

/**
 * A module's problem kinds, declared as a bean ({@code @Bean ProblemKinds contentProblems() {
 * return ProblemKinds.of(ContentProblem.class); }}) so that the platform can serve their pages and
 * list them without knowing the module.
 */
public record ProblemKinds(List<ProblemKind> kinds) {

  public ProblemKinds {
    kinds = List.copyOf(kinds);
  }

  public static <E extends Enum<E> & ProblemKind> ProblemKinds of(Class<E> kinds) {
    return new ProblemKinds(Arrays.asList(kinds.getEnumConstants()));
  }
}
