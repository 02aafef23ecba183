package ai.trae.identity.me.web;

import ai.trae.identity.security.SignedInAccount;
import ai.trae.identity.user.Roles.Role;
import ai.trae.identity.user.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * @param mfaReminder owners and admins without MFA are reminded until they enrol
 */
public record MeResponse(
    UUID id,
    String email,
    String displayName,
    String role,
    List<String> permissions,
    boolean mfaEnabled,
    boolean mfaEnrolmentRequired,
    boolean mfaReminder,
    Instant createdAt) {

  public static MeResponse of(SignedInAccount account) {
    return new MeResponse(
        account.id(),
        account.email(),
        account.displayName(),
        account.role(),
        account.enrolmentRequired() ? List.of() : account.permissions(),
        account.mfaEnabled(),
        account.enrolmentRequired(),
        reminded(account.mfaEnabled(), account.role()),
        account.createdAt());
  }

  public static MeResponse of(User user, Role role, boolean enrolmentRequired) {
    return new MeResponse(
        user.id(),
        user.email(),
        user.displayName(),
        user.role(),
        enrolmentRequired ? List.of() : role.permissions(),
        user.mfaEnabled(),
        enrolmentRequired,
        reminded(user.mfaEnabled(), role.name()),
        user.createdAt());
  }

  private static boolean reminded(boolean mfaEnabled, String role) {
    return !mfaEnabled && (role.equals("OWNER") || role.equals("ADMIN"));
  }
}
