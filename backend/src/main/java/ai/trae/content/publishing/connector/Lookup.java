package ai.trae.content.publishing.connector;

import org.jspecify.annotations.Nullable;

/** Whether an attempt with an unknown outcome arrived after all. */
public sealed interface Lookup {

  record Found(String externalId, @Nullable String url) implements Lookup {}

  record NotFound() implements Lookup {}

  /** The destination could not be asked now (down, rate-limited): ask again later. */
  record Unavailable(String reason) implements Lookup {}

  /** The connector cannot tell: a person checks. */
  record Unsupported() implements Lookup {}
}
