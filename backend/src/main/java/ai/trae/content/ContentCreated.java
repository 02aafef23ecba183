package ai.trae.content;

import ai.trae.identity.UserId;
import java.time.Instant;

/**
 * A content item was created (in the editor, through the API or by an import).
 *
 * @param type the item's type ({@code article}, {@code social-post}, …)
 * @param status where it starts ({@code idea}, {@code draft}, or an imported status)
 * @param version its history version number (1)
 */
public record ContentCreated(
    ContentId id, UserId actor, String type, String status, int version, Instant at) {}
