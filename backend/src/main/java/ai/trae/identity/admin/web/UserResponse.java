package ai.trae.identity.admin.web;

import ai.trae.identity.admin.UserDirectory.Listed;
import ai.trae.identity.user.User;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * @param status {@code invited}, {@code active} or {@code disabled}
 * @param version send it back with a change (as {@code version} or {@code If-Match: "<version>"})
 *     so a change made from a stale copy is refused instead of overwriting someone else's
 */
record UserResponse(
    UUID id,
    String email,
    String displayName,
    String role,
    String status,
    boolean mfaEnabled,
    Instant createdAt,
    @Nullable Instant lastLoginAt,
    int version) {

  static UserResponse from(Listed user) {
    return new UserResponse(
        user.id(),
        user.email(),
        user.displayName(),
        user.role(),
        user.status().value(),
        user.mfaEnabled(),
        user.createdAt(),
        user.lastLoginAt(),
        user.version());
  }

  static UserResponse from(User user) {
    return from(Listed.of(user));
  }
}
