package ai.trae.identity;

/**
 * The append-only, hash-chained record of security-relevant actions. Any module records through
 * this; the request's IP, user agent and request id are added automatically.
 */
public interface AuditLog {

  void record(AuditEvent event);
}
