package ai.trae.identity.session;

import ai.trae.identity.RefreshTokenReuseDetected;
import java.sql.Timestamp;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the user that one of their sessions was signed out because its token was copied. */
@Component
class ReuseNotification {

  static final String MESSAGE =
      "A sign-in token was used twice, which suggests it was copied. That session was"
          + " signed out; your other sessions are unaffected.";

  private final JdbcClient jdbc;

  ReuseNotification(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One notice per revoked session, so a resubmitted publication does not tell twice. */
  @ApplicationModuleListener
  void on(RefreshTokenReuseDetected event) {
    jdbc.sql(
            """
            insert into user_notifications (id, user_id, kind, message, created_at)
            select ?, ?, 'session-revoked', ?, ?
            where not exists (select 1 from user_notifications
                              where user_id = ? and kind = 'session-revoked' and created_at = ?)
            """)
        .params(
            UUID.randomUUID(),
            event.userId(),
            MESSAGE,
            Timestamp.from(event.detectedAt()),
            event.userId(),
            Timestamp.from(event.detectedAt()))
        .update();
  }
}
