package ai.trae.content.publishing.channel.web;

import ai.trae.content.item.web.ItemResponse.PersonResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The create answer: the channel as {@link ChannelResponse} shows it, plus the secrets TRAE made
 * for it ({@code generatedSecrets}, empty when the creator gave them all). Only this answer carries
 * them; a later read shows their names only.
 */
record CreatedResponse(
    UUID id,
    String slug,
    String name,
    String connector,
    Map<String, String> settings,
    List<String> secretsSet,
    boolean requiresApproval,
    ChannelResponse.HealthResponse health,
    PersonResponse createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version,
    Map<String, String> generatedSecrets) {

  static CreatedResponse of(ChannelResponse c, Map<String, String> generatedSecrets) {
    return new CreatedResponse(
        c.id(),
        c.slug(),
        c.name(),
        c.connector(),
        c.settings(),
        c.secretsSet(),
        c.requiresApproval(),
        c.health(),
        c.createdBy(),
        c.createdAt(),
        c.updatedAt(),
        c.version(),
        generatedSecrets);
  }
}
