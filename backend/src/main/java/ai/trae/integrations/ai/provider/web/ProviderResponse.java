package ai.trae.integrations.ai.provider.web;

import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.integrations.ai.provider.AiProvider;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A provider as the API shows it: of its API key only whether one is set.
 *
 * @param models the allow-list; empty means whatever the provider lists
 */
record ProviderResponse(
    UUID id,
    String name,
    String kind,
    String baseUrl,
    boolean apiKeySet,
    List<String> models,
    Map<String, String> defaultModels,
    int maxConcurrency,
    int requestsPerMinute,
    boolean enabled,
    PersonResponse createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  record PersonResponse(UUID id, String displayName, String initials) {}

  static ProviderResponse from(AiProvider p, Map<UserId, Person> people) {
    Person person = people.get(UserId.of(p.createdBy()));
    return new ProviderResponse(
        p.id(),
        p.name(),
        p.kind().value(),
        p.baseUrl(),
        p.apiKeySet(),
        p.models(),
        p.defaultModels(),
        p.maxConcurrency(),
        p.requestsPerMinute(),
        p.enabled(),
        person == null
            ? new PersonResponse(p.createdBy(), "Unknown user", "?")
            : new PersonResponse(p.createdBy(), person.displayName(), person.initials()),
        p.createdAt(),
        p.updatedAt(),
        p.version());
  }
}
