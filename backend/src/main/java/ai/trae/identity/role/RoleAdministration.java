package ai.trae.identity.role;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.identity.IdentityProblem;
import ai.trae.identity.Permissions;
import ai.trae.identity.user.Roles;
import ai.trae.identity.user.Roles.Role;
import ai.trae.identity.user.User;
import ai.trae.identity.user.Users;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ProblemKind;
import ai.trae.platform.web.Problems;
import ai.trae.platform.web.ValidationFailedException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defining roles. The built-in roles' permissions are fixed (the product's documentation and the UI
 * rely on them), but any role, built-in or not, may be made to require MFA: that is how an instance
 * switches on "admins must use two-factor authentication".
 *
 * <p>Nobody grants what they do not hold: a role is created, or permissions are added to one, only
 * with permissions the actor's credential holds; nobody changes the permissions of their own role
 * (they would be granting themselves); and the policy of OWNER and ADMIN, the roles that can change
 * everything, is an owner's to change.
 */
@Service
public class RoleAdministration {

  private static final Set<String> OWNER_POLICED = Set.of("OWNER", "ADMIN");

  private final Roles roles;
  private final Users users;
  private final AuditLog audit;

  RoleAdministration(Roles roles, Users users, AuditLog audit) {
    this.roles = roles;
    this.users = users;
    this.audit = audit;
  }

  /**
   * @param held what the actor's credential holds ({@link Permissions#heldBy})
   */
  @Transactional
  public Role create(
      UUID actorId, Set<String> held, String name, List<String> permissions, boolean mfaRequired) {
    List<String> checked = checked(permissions);
    Permissions.requireHeld(checked, held);
    if (!roles.insert(new Role(name, false, checked, mfaRequired))) {
      throw new ProblemException(
          Problems.withFields(
              PlatformProblem.CONFLICT,
              "A role named " + name + " exists already.",
              List.of(new FieldProblem("name", "is taken"))));
    }
    audit.record(
        event("role.created", actorId, name)
            .with("permissions", checked)
            .with("mfaRequired", mfaRequired));
    return roles.byName(name).orElseThrow();
  }

  /**
   * @param held what the actor's credential holds ({@link Permissions#heldBy})
   * @param permissions null keeps them; for a built-in role only its own permissions are accepted
   */
  @Transactional
  public Role update(
      UUID actorId,
      Set<String> held,
      String name,
      @Nullable List<String> permissions,
      boolean mfaRequired) {
    Role before = roles.byName(name).orElseThrow(RoleAdministration::notFound);
    String actorRole = users.byId(actorId).map(User::role).orElse("");
    if (OWNER_POLICED.contains(name) && !actorRole.equals("OWNER")) {
      throw refusal(
          IdentityProblem.OWNER_REQUIRED, "Only an owner can change the OWNER and ADMIN roles.");
    }
    List<String> after = permissions == null ? before.permissions() : checked(permissions);
    boolean permissionsChange = !new HashSet<>(after).equals(new HashSet<>(before.permissions()));
    if (before.builtIn() && permissionsChange) {
      throw new ValidationFailedException(
          "permissions",
          "The permissions of built-in roles cannot be changed; create a role instead.");
    }
    if (permissionsChange && name.equals(actorRole)) {
      throw refusal(
          PlatformProblem.FORBIDDEN,
          "You cannot change the permissions of your own role; ask someone with another role.");
    }
    Permissions.requireHeld(
        after.stream().filter(p -> !before.permissions().contains(p)).toList(), held);
    roles.update(name, after, mfaRequired);
    audit.record(
        event("role.updated", actorId, name)
            .with(
                "before",
                Map.of("permissions", before.permissions(), "mfaRequired", before.mfaRequired()))
            .with("after", Map.of("permissions", after, "mfaRequired", mfaRequired)));
    return roles.byName(name).orElseThrow();
  }

  /** 409 while anyone (including pending invitations) has the role, and for built-ins. */
  @Transactional
  public void delete(UUID actorId, String name) {
    Role role = roles.byName(name).orElseThrow(RoleAdministration::notFound);
    if (role.builtIn()) {
      throw refusal(IdentityProblem.ROLE_IN_USE, "Built-in roles cannot be deleted.");
    }
    long holders = roles.holders(name);
    if (holders > 0) {
      throw refusal(
          IdentityProblem.ROLE_IN_USE,
          "%d user(s) still have this role. Give them another role first.".formatted(holders));
    }
    roles.delete(name);
    audit.record(event("role.deleted", actorId, name).with("permissions", role.permissions()));
  }

  /** Known permissions, each once, in catalogue order; unknown ones are named per position. */
  static List<String> checked(List<String> permissions) {
    List<FieldProblem> errors = new ArrayList<>();
    for (int i = 0; i < permissions.size(); i++) {
      String permission = permissions.get(i);
      if (permission == null || !Permissions.exists(permission)) {
        errors.add(
            new FieldProblem(
                "permissions[" + i + "]", "There is no permission named " + permission + "."));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
    LinkedHashSet<String> wanted = new LinkedHashSet<>(permissions);
    return Permissions.CATALOGUE.stream()
        .map(Permissions.Permission::name)
        .filter(wanted::contains)
        .toList();
  }

  private static AuditEvent event(String action, UUID actorId, String role) {
    return AuditEvent.of(action, Actor.user(actorId, null)).target("role", role);
  }

  private static ProblemException notFound() {
    return refusal(PlatformProblem.NOT_FOUND, "There is no such role.");
  }

  private static ProblemException refusal(ProblemKind kind, String detail) {
    return new ProblemException(kind, detail);
  }
}
