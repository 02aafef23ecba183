package ai.trae.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * One stable kind of error a module answers with. Each module declares its kinds itself (an enum
 * implementing this interface) and registers them with {@link ProblemKinds}; the platform serves
 * every registered kind's page at {@link #uri()} without knowing the module. Clients switch on the
 * URI, so a kind's slug never changes once released.
 */
public interface ProblemKind {

  /** What a kind is; an enum keeps one per constant and returns it here. */
  Definition definition();

  /** The last segment of {@link #uri()}: lower-case words joined by dashes. */
  default String slug() {
    return definition().slug();
  }

  /** The status this kind is usually answered with. */
  default HttpStatus status() {
    return definition().status();
  }

  /** A short, human title; the same for every problem of this kind. */
  default String title() {
    return definition().title();
  }

  /** What happened and what to do, for the kind's page and as a default {@code detail}. */
  default String description() {
    return definition().description();
  }

  default URI uri() {
    return URI.create("/problems/" + slug());
  }

  /**
   * @param slug the last segment of the type URI
   * @param status the status this kind is usually answered with
   * @param title a short, human title
   * @param description what happened and what to do
   */
  record Definition(String slug, HttpStatus status, String title, String description) {

    public Definition {
      if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        throw new IllegalArgumentException("Problem slug must be lower-case words: " + slug);
      }
    }
  }
}
