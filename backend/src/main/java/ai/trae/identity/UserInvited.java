package ai.trae.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account was created by invitation (status {@code invited}, not yet able to sign in). Carries
 * no e-mail address and no link: publications are stored, and outlive an anonymisation.
 *
 * @param userId the new account
 * @param role the role it will have
 * @param invitedBy who invited
 * @param expiresAt when the invitation link stops working
 */
public record UserInvited(UUID userId, String role, UUID invitedBy, Instant expiresAt) {}
