package ai.trae.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One security-relevant action.
 *
 * @param action dotted verb, e.g. {@code auth.login.succeeded}, {@code user.role.changed}
 * @param actor who did it
 * @param targetType what kind of thing it was done to ({@code user}, {@code session}, …)
 * @param targetId its id
 * @param summary a small before/after description; never secrets
 */
public record AuditEvent(
    String action,
    Actor actor,
    @Nullable String targetType,
    @Nullable String targetId,
    Map<String, Object> summary) {

  public AuditEvent {
    summary = Map.copyOf(summary);
  }

  public static AuditEvent of(String action, Actor actor) {
    return new AuditEvent(action, actor, null, null, Map.of());
  }

  public AuditEvent target(String type, Object id) {
    return new AuditEvent(action, actor, type, String.valueOf(id), summary);
  }

  public AuditEvent with(String key, @Nullable Object value) {
    Map<String, Object> next = new LinkedHashMap<>(summary);
    next.put(key, value == null ? "" : value);
    return new AuditEvent(action, actor, targetType, targetId, next);
  }

  /**
   * @param type {@code user}, {@code token}, {@code system} or {@code anonymous}
   * @param id the user or token id; null for system and anonymous
   * @param name what to show (e-mail or token name); pseudonymised when a user is anonymised
   */
  public record Actor(String type, @Nullable String id, @Nullable String name) {

    public static Actor user(Object id, @Nullable String name) {
      return new Actor("user", String.valueOf(id), name);
    }

    public static Actor token(Object id, String name) {
      return new Actor("token", String.valueOf(id), name);
    }

    public static Actor anonymous(@Nullable String claimedName) {
      return new Actor("anonymous", null, claimedName);
    }

    public static Actor system() {
      return new Actor("system", null, "TRAE");
    }
  }
}
