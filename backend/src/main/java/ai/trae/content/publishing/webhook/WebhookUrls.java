package ai.trae.content.publishing.webhook;

import ai.trae.platform.web.PrivateHosts;
import ai.trae.platform.web.ValidationFailedException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a webhook may point: https anywhere, plain http only to this machine or a private network
 * and only when the channel says so ({@code allowInsecureHttp}), since an http receiver sees the
 * published item and its signature in the clear.
 */
final class WebhookUrls {

  private WebhookUrls() {}

  /**
   * @throws ValidationFailedException on field {@code settings.url}
   */
  static URI check(String url, boolean allowInsecureHttp) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException ex) {
      throw new ValidationFailedException(WebhookConnector.URL_FIELD, "Not a URL.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new ValidationFailedException(
          WebhookConnector.URL_FIELD, "An absolute http(s) URL with a host and no user name.");
    }
    if (scheme.equals("https")) {
      return uri;
    }
    if (!scheme.equals("http")) {
      throw new ValidationFailedException(WebhookConnector.URL_FIELD, "Only https (or http) URLs.");
    }
    if (!allowInsecureHttp) {
      throw new ValidationFailedException(
          WebhookConnector.URL_FIELD,
          "Use https; plain http is allowed only to a private host with allowInsecureHttp.");
    }
    if (!PrivateHosts.isPrivate(uri.getHost())) {
      throw new ValidationFailedException(
          WebhookConnector.URL_FIELD, "Plain http only to localhost or a private network address.");
    }
    return uri;
  }
}
