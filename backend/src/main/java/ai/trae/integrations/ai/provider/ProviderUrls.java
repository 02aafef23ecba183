package ai.trae.integrations.ai.provider;

import ai.trae.platform.web.PrivateHosts;
import ai.trae.platform.web.ValidationFailedException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a provider may be: https anywhere, plain http only to this machine or a private network (a
 * local Ollama or vLLM), since the API key and every prompt travel in the request. The same rule as
 * a webhook channel's URL; that check is the publishing feature's own, so it is not shared.
 */
final class ProviderUrls {

  static final String FIELD = "baseUrl";

  private ProviderUrls() {}

  /**
   * The URL without a trailing slash (and, for an OpenAI-compatible provider, without a trailing
   * {@code /v1}: TRAE adds the API's paths itself, so either form an admin pastes works).
   *
   * @throws ValidationFailedException on field {@code baseUrl}
   */
  static String check(String url, ProviderKind kind) {
    try {
      return normalised(url, kind);
    } catch (Refused refused) {
      throw new ValidationFailedException(FIELD, refused.getMessage());
    }
  }

  /** Why {@code url} cannot be a provider's base URL, or null when it can. */
  static @Nullable String problem(String url, ProviderKind kind) {
    try {
      normalised(url, kind);
      return null;
    } catch (Refused refused) {
      return refused.getMessage();
    }
  }

  private static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  private static String normalised(String url, ProviderKind kind) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException ex) {
      throw new Refused("Not a URL.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new Refused("An absolute http(s) URL with a host and no user name.");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new Refused("A base URL, without a query or fragment.");
    }
    if (!scheme.equals("https")) {
      if (!scheme.equals("http")) {
        throw new Refused("Only https (or http) URLs.");
      }
      if (!PrivateHosts.isPrivate(uri.getHost())) {
        throw new Refused("Use https; plain http only to localhost or a private network address.");
      }
    }
    String base = uri.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    if (kind == ProviderKind.OPENAI && base.endsWith("/v1")) {
      base = base.substring(0, base.length() - "/v1".length());
    }
    return base;
  }
}
