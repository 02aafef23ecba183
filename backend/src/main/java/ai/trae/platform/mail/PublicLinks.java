package ai.trae.platform.mail;

import org.springframework.stereotype.Component;

/** Absolute links to app pages, starting with the public address in effect now. */
@Component
public class PublicLinks {

  private final MailSettings settings;

  PublicLinks(MailSettings settings) {
    this.settings = settings;
  }

  /** The absolute address of an app path such as {@code /invite/abc}. */
  public String to(String path) {
    return join(settings.publicUrl(), path);
  }

  static String join(String base, String path) {
    String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return trimmed + (path.startsWith("/") ? path : "/" + path);
  }
}
