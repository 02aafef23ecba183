package ai.trae.identity;

import java.util.UUID;

/**
 * A user was given another role; the next request of any of their credentials has the new role's
 * permissions.
 *
 * @param userId whose role changed
 * @param before the role they had
 * @param after the role they have now
 * @param changedBy the administrator
 */
public record RoleChanged(UUID userId, String before, String after, UUID changedBy) {}
