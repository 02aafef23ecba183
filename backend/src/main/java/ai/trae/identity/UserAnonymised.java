package ai.trae.identity;

import java.util.UUID;

/**
 * An account's personal data was erased; the id stays and now stands for a pseudonym. Modules that
 * copied personal data of the user (names in content, analytics) erase their copies.
 *
 * @param userId the anonymised account
 * @param anonymisedBy the administrator
 */
public record UserAnonymised(UUID userId, UUID anonymisedBy) {}
