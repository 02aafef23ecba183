package ai.trae.identity.user;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account. Credentials are checked by {@code Users}; this carries what the rules need. */
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
    @Nullable Instant lastLoginAt) {

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
