package ai.trae.identity.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a session's caller is, as read when the caller was last resolved: kept as the details of the
 * request's authentication, so "who am I" answers without another query. As fresh as the session
 * check itself (see {@link PrincipalEpoch}).
 */
public record SignedInAccount(
    UUID id,
    String email,
    String displayName,
    String role,
    List<String> permissions,
    boolean mfaEnabled,
    boolean mfaRequired,
    Instant createdAt) {

  public SignedInAccount {
    permissions = List.copyOf(permissions);
  }

  /** The role requires a second factor this user has not set up yet. */
  public boolean enrolmentRequired() {
    return mfaRequired && !mfaEnabled;
  }
}
