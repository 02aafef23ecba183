package ai.trae.identity;

/**
 * Mail for the people who look after something. Another module names a permission (say {@code
 * channels:manage}) and identity finds the active accounts whose role holds it, so no e-mail
 * address leaves identity.
 */
public interface Notices {

  /**
   * Sends one plain-text mail to every active account whose role holds {@code permission}.
   *
   * @return how many the SMTP server accepted; 0 when mail is not configured or nobody holds it
   * @throws NoticeNotSent when there were recipients and the server accepted none, so that an event
   *     listener calling this is retried from the outbox rather than forgetting the notice
   */
  int mailHolders(String permission, String subject, String text);

  /** Mail is configured and someone should get it, but none of it went out. */
  final class NoticeNotSent extends RuntimeException {
    public NoticeNotSent(String message) {
      super(message);
    }
  }
}
