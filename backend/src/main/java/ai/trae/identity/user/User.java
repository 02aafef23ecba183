package ai.trae.identity.user;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account. Credentials are checked by {@code Users}; this carries what the rules need.
 *
 * @param version bumped by every change an administrator or the user makes to the account (not by
 *     sign-ins), so a change made from a stale copy is refused instead of overwriting
 */
public record User(
    UUID id,
    String email,
    String displayName,
    @Nullable String passwordHash,
    String role,
    Status status,
    boolean mfaEnabled,
    int failedLogins,
    @Nullable Instant lockedUntil,
    Instant createdAt,
    @Nullable Instant lastLoginAt,
    int version) {

  /** A new account, not stored yet. */
  public User(
      UUID id,
      String email,
      String displayName,
      @Nullable String passwordHash,
      String role,
      Status status,
      boolean mfaEnabled,
      int failedLogins,
      @Nullable Instant lockedUntil,
      Instant createdAt,
      @Nullable Instant lastLoginAt) {
    this(
        id,
        email,
        displayName,
        passwordHash,
        role,
        status,
        mfaEnabled,
        failedLogins,
        lockedUntil,
        createdAt,
        lastLoginAt,
        0);
  }

  public enum Status {
    /** Invited by an administrator; no password until the invitation is accepted. */
    INVITED,
    ACTIVE,
    DISABLED,
    ANONYMISED;

    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public boolean active() {
    return status == Status.ACTIVE;
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
