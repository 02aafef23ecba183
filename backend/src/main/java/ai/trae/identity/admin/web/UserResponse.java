package ai.trae.identity.admin.web;

import ai.trae.identity.admin.UserDirectory.Listed;
import ai.trae.identity.user.User;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * @param status {@code invited}, {@code active} or {@code disabled}
 */
record UserResponse(
    UUID id,
    String email,
    String displayName,
    String role,
    String status,
    boolean mfaEnabled,
    Instant createdAt,
    @Nullable Instant lastLoginAt) {

  static UserResponse from(Listed user) {
    return new UserResponse(
        user.id(),
        user.email(),
        user.displayName(),
        user.role(),
        user.status().value(),
        user.mfaEnabled(),
        user.createdAt(),
        user.lastLoginAt());
  }

  static UserResponse from(User user) {
    return from(Listed.of(user));
  }
}
