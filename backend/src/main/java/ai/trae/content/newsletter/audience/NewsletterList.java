package ai.trae.content.newsletter.audience;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber list.
 *
 * @param fromName the sender name its mails show (the address is always the SMTP sender's)
 * @param replyTo where replies go, when not to the sender
 */
public record NewsletterList(
    UUID id,
    String name,
    String description,
    @Nullable String fromName,
    @Nullable String replyTo,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
