package ai.trae.content.listing.web;

import ai.trae.identity.Person;
import java.util.Map;
import java.util.UUID;

/** A person next to an item: what an avatar and a name need. */
record PersonSummary(UUID id, String displayName, String initials) {

  /** An id whose account is gone still shows, as someone unknown. */
  static PersonSummary of(UUID id, Map<UUID, Person> people) {
    Person person = people.get(id);
    return person == null
        ? new PersonSummary(id, "Unknown user", "?")
        : new PersonSummary(id, person.displayName(), person.initials());
  }
}
