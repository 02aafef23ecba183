package ai.trae.identity;

import java.util.List;

/**
 * The permission catalogue. Roles are sets of these; endpoints declare the one they need with
 * {@code @RequirePermission(Permissions.X)}; personal access tokens carry a subset as scopes.
 */
public final class Permissions {

  public static final String CONTENT_READ = "content:read";
  public static final String CONTENT_WRITE_OWN = "content:write-own";
  public static final String CONTENT_WRITE_ANY = "content:write-any";
  public static final String CONTENT_REVIEW = "content:review";
  public static final String CONTENT_PUBLISH = "content:publish";
  public static final String MEDIA_MANAGE = "media:manage";
  public static final String CHANNELS_MANAGE = "channels:manage";
  public static final String ANALYTICS_READ = "analytics:read";
  public static final String USERS_MANAGE = "users:manage";
  public static final String ROLES_MANAGE = "roles:manage";
  public static final String AUDIT_READ = "audit:read";
  public static final String SETTINGS_MANAGE = "settings:manage";
  public static final String WEBHOOKS_MANAGE = "webhooks:manage";
  public static final String AI_USE = "ai:use";
  public static final String TOKENS_CREATE = "tokens:create";
  public static final String SYSTEM_READ = "system:read";

  /** Every permission with what it allows, in display order. */
  public static final List<Permission> CATALOGUE =
      List.of(
          new Permission(CONTENT_READ, "Read content"),
          new Permission(CONTENT_WRITE_OWN, "Create content and edit own drafts"),
          new Permission(CONTENT_WRITE_ANY, "Edit anyone's content"),
          new Permission(CONTENT_REVIEW, "Review and approve content"),
          new Permission(CONTENT_PUBLISH, "Publish and schedule content"),
          new Permission(MEDIA_MANAGE, "Upload and manage media"),
          new Permission(CHANNELS_MANAGE, "Configure publishing channels"),
          new Permission(ANALYTICS_READ, "See analytics"),
          new Permission(USERS_MANAGE, "Invite, change and disable users"),
          new Permission(ROLES_MANAGE, "Define roles"),
          new Permission(AUDIT_READ, "Read and export the audit log"),
          new Permission(SETTINGS_MANAGE, "Change instance settings"),
          new Permission(WEBHOOKS_MANAGE, "Manage webhooks"),
          new Permission(AI_USE, "Generate with AI providers"),
          new Permission(TOKENS_CREATE, "Create personal access tokens"),
          new Permission(SYSTEM_READ, "See system status and metrics"));

  private Permissions() {}

  public static boolean exists(String name) {
    return CATALOGUE.stream().anyMatch(p -> p.name().equals(name));
  }

  public record Permission(String name, String description) {}
}
