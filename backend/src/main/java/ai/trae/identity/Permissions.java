package ai.trae.identity;

import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.Problems;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

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
  public static final String CONTENT_DELETE = "content:delete";
  public static final String MEDIA_MANAGE = "media:manage";
  public static final String CHANNELS_MANAGE = "channels:manage";
  public static final String NEWSLETTER_MANAGE = "newsletter:manage";
  public static final String ANALYTICS_READ = "analytics:read";
  public static final String USERS_MANAGE = "users:manage";
  public static final String ROLES_MANAGE = "roles:manage";
  public static final String AUDIT_READ = "audit:read";
  public static final String SETTINGS_MANAGE = "settings:manage";
  public static final String WEBHOOKS_MANAGE = "webhooks:manage";
  public static final String AI_USE = "ai:use";
  public static final String AI_ADMIN = "ai:admin";
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
          new Permission(CONTENT_DELETE, "Delete content from the trash for good"),
          new Permission(MEDIA_MANAGE, "Upload and manage media"),
          new Permission(CHANNELS_MANAGE, "Configure publishing channels"),
          new Permission(NEWSLETTER_MANAGE, "Manage newsletter lists, subscribers and editions"),
          new Permission(ANALYTICS_READ, "See analytics"),
          new Permission(USERS_MANAGE, "Invite, change and disable users"),
          new Permission(ROLES_MANAGE, "Define roles"),
          new Permission(AUDIT_READ, "Read and export the audit log"),
          new Permission(SETTINGS_MANAGE, "Change instance settings"),
          new Permission(WEBHOOKS_MANAGE, "Manage webhooks"),
          new Permission(AI_USE, "Generate with AI providers"),
          new Permission(AI_ADMIN, "Manage AI providers, prompt templates and budgets"),
          new Permission(TOKENS_CREATE, "Create personal access tokens"),
          new Permission(SYSTEM_READ, "See system status and metrics"));

  private Permissions() {}

  public static boolean exists(String name) {
    return CATALOGUE.stream().anyMatch(p -> p.name().equals(name));
  }

  /**
   * What the caller's credential holds right now: a session's role permissions (none while MFA
   * enrolment is pending), a token's scopes within its user's role. Granting is bounded by this,
   * never by the user's role alone, so a narrow token cannot hand out its user's wider rights.
   */
  public static Set<String> heldBy(Authentication caller) {
    return heldBy(caller.getAuthorities());
  }

  static Set<String> heldBy(Collection<? extends GrantedAuthority> authorities) {
    Set<String> held = new LinkedHashSet<>();
    authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .filter(Permissions::exists)
        .forEach(held::add);
    return held;
  }

  /** The permissions among {@code wanted} that {@code held} lacks, in catalogue order. */
  public static List<String> missing(Collection<String> wanted, Set<String> held) {
    return CATALOGUE.stream()
        .map(Permission::name)
        .filter(p -> wanted.contains(p) && !held.contains(p))
        .toList();
  }

  /**
   * Refuses unless {@code held} covers every permission in {@code granted}: 403 naming what is
   * missing. Whoever could grant more than they hold could grant it to themselves.
   */
  public static void requireHeld(Collection<String> granted, Set<String> held) {
    refuseUnlessHeld(granted, held, "You can only grant permissions you hold yourself");
  }

  /**
   * Refuses any administrative action on a user (role change, disable or enable, MFA reset, reset
   * link, removal, invitation reissue or withdrawal) unless {@code held} covers every permission of
   * the target's current role: 403 naming what is missing. A reset link or a new invitation link
   * hands the whole account to whoever holds it, a disable or MFA reset takes a stronger user out
   * of the way, so each is worth as much as granting that role.
   *
   * @param targetRole the target's current role, named in the refusal
   * @param targetPermissions that role's permissions
   */
  public static void requireHeldToActOn(
      String targetRole, Collection<String> targetPermissions, Set<String> held) {
    refuseUnlessHeld(
        targetPermissions,
        held,
        "You can only act on users whose role (here "
            + targetRole
            + ") has no permission you lack yourself");
  }

  private static void refuseUnlessHeld(
      Collection<String> wanted, Set<String> held, String because) {
    List<String> missing = missing(wanted, held);
    if (!missing.isEmpty()) {
      ProblemDetail problem =
          Problems.of(
              PlatformProblem.FORBIDDEN,
              because + "; you lack " + String.join(", ", missing) + ".");
      problem.setProperty("missing", missing);
      throw new ProblemException(problem);
    }
  }

  /** The catalogue entries for {@code names}, in catalogue order. */
  public static List<Permission> describe(Collection<String> names) {
    return CATALOGUE.stream().filter(p -> names.contains(p.name())).toList();
  }

  public record Permission(String name, String description) {}
}
