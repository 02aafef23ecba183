package ai.trae.identity.mfa;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.platform.security.CurrentUser;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records MFA changes in the audit log. The log is looked up lazily because its implementation
 * lands separately; until it does, events go to the application log rather than nowhere.
 */
@Component
class MfaAudit {

  private static final Logger log = LoggerFactory.getLogger(MfaAudit.class);

  private final ObjectProvider<AuditLog> auditLog;

  MfaAudit(ObjectProvider<AuditLog> auditLog) {
    this.auditLog = auditLog;
  }

  /** An action on the user's own factor: the actor is whoever is signed in, else that user. */
  void byUser(String action, UUID userId, String key, Object value) {
    CurrentUser current = CurrentUser.current();
    Actor actor =
        current != null ? Actor.user(current.userId(), current.email()) : Actor.user(userId, null);
    record(AuditEvent.of(action, actor).target("user", userId).with(key, value));
  }

  /** An administrator's action on someone else's factor. */
  void byAdmin(String action, UUID userId) {
    CurrentUser current = CurrentUser.current();
    Actor actor = current != null ? Actor.user(current.userId(), current.email()) : Actor.system();
    record(AuditEvent.of(action, actor).target("user", userId).with("reason", "admin-reset"));
  }

  private void record(AuditEvent event) {
    AuditLog target = auditLog.getIfAvailable();
    if (target == null) {
      log.warn("No audit log configured; not recorded: {}", event);
      return;
    }
    target.record(event);
  }
}
