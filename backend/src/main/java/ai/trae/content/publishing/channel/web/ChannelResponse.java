package ai.trae.content.publishing.channel.web;

import ai.trae.content.item.web.ItemResponse.PersonResponse;
import ai.trae.content.publishing.channel.Channel;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A channel as the API shows it: its settings, but of its secrets only the names that are set.
 *
 * @param secretsSet the secrets that hold a value
 */
record ChannelResponse(
    UUID id,
    String slug,
    String name,
    String connector,
    Map<String, String> settings,
    List<String> secretsSet,
    boolean requiresApproval,
    HealthResponse health,
    PersonResponse createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  record HealthResponse(
      String state,
      String detail,
      @Nullable Instant checkedAt,
      @Nullable Instant credentialExpiresAt) {}

  static ChannelResponse from(Channel c, List<String> secretsSet, Map<UserId, Person> people) {
    Person person = people.get(UserId.of(c.createdBy()));
    return new ChannelResponse(
        c.id(),
        c.slug(),
        c.name(),
        c.connector(),
        c.settings(),
        secretsSet,
        c.requiresApproval(),
        new HealthResponse(
            c.health(), c.healthDetail(), c.healthCheckedAt(), c.credentialExpiresAt()),
        person == null
            ? new PersonResponse(c.createdBy(), "Unknown user", "?")
            : new PersonResponse(c.createdBy(), person.displayName(), person.initials()),
        c.createdAt(),
        c.updatedAt(),
        c.version());
  }
}
