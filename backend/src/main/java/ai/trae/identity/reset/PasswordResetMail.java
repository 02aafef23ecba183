package ai.trae.identity.reset;

import ai.trae.identity.PasswordResetRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Mails the reset link for a recorded request: after the request committed, through the outbox, so
 * a refused mail is tried again. Without a transaction of its own, so no database connection waits
 * on a slow SMTP server; the link is issued (and committed) just before the mail that carries it.
 */
@Component
class PasswordResetMail {

  private final PasswordResets resets;

  PasswordResetMail(PasswordResets resets) {
    this.resets = resets;
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(PasswordResetRequested request) {
    resets.mail(request);
  }
}
