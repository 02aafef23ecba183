package ai.trae.identity.user;

import ai.trae.identity.Notices;
import ai.trae.platform.mail.Mailer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link Notices} to the active accounts whose role holds a permission (roles.permissions). */
@Component
class HolderNotices implements Notices {

  private static final Logger log = LoggerFactory.getLogger(HolderNotices.class);

  private final JdbcClient jdbc;
  private final Mailer mailer;

  HolderNotices(JdbcClient jdbc, Mailer mailer) {
    this.jdbc = jdbc;
    this.mailer = mailer;
  }

  @Override
  public int mailHolders(String permission, String subject, String text) {
    if (!mailer.configured()) {
      log.info("SMTP is not configured; the notice \"{}\" goes to nobody", subject);
      return 0;
    }
    // a handful of roles and people hold any one permission: no index needed beyond the keys
    List<String> to =
        jdbc.sql(
                "select u.email from users u join roles r on r.name = u.role"
                    + " where u.status = 'active' and ? = any (r.permissions) order by u.created_at")
            .param(permission)
            .query(String.class)
            .list();
    int sent = 0;
    for (String address : to) {
      if (mailer.send(address, subject, text)) {
        sent++;
      }
    }
    if (sent == 0 && !to.isEmpty()) {
      throw new NoticeNotSent(
          "The SMTP server accepted none of " + to.size() + " mails \"" + subject + "\".");
    }
    return sent;
  }
}
