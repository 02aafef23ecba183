package ai.trae.identity.settings;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.platform.settings.InstanceSettingsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits instance-settings changes. A plain (synchronous) listener on purpose: the entry is written
 * in the saving transaction, so a change is never without its record, and the request's address and
 * user agent are still at hand.
 */
@Component
class InstanceSettingsAudit {

  private final AuditLog audit;

  InstanceSettingsAudit(AuditLog audit) {
    this.audit = audit;
  }

  @EventListener
  void on(InstanceSettingsChanged event) {
    audit.record(
        AuditEvent.of(event.action(), Actor.user(event.actorId(), null))
            .target("settings", "instance")
            .with(
                event.action().equals("settings.test-mail.sent") ? "outcome" : "changed",
                String.join(",", event.details())));
  }
}
