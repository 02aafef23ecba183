package ai.trae.identity;

import java.util.UUID;

/**
 * An account was disabled. Its sessions, personal access tokens and reset links ended in the same
 * transaction; listeners drop what they keep for the user (caches, queued work).
 *
 * @param userId the disabled account
 * @param disabledBy the administrator
 */
public record UserDisabled(UUID userId, UUID disabledBy) {}
