package ai.trae.identity.user;

import ai.trae.identity.People;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.identity.security.PrincipalEpoch;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@link People} from the accounts table, through {@link Users} like every other read of it.
 *
 * <p>Every content list and item names its authors, so people are cached per node, each entry
 * tagged with the database's {@link PrincipalEpoch} as it was before the entry was read. Any change
 * to a name, role or status bumps that epoch in its own transaction, so an entry is used only while
 * the epoch this node last saw (at most {@link #MAX_LAG_MILLIS} ago) is still its own: a renamed or
 * disabled person shows as such within that lag on every node, without a query per request.
 */
@Component
class PeopleDirectory implements People {

  static final long MAX_LAG_MILLIS = 1_000;

  private record Entry(Person person, long epoch) {}

  private final Users users;
  private final PrincipalEpoch epoch;
  private final Cache<UUID, Entry> cache = Caffeine.newBuilder().maximumSize(50_000).build();

  PeopleDirectory(Users users, PrincipalEpoch epoch) {
    this.users = users;
    this.epoch = epoch;
  }

  @Override
  public Optional<Person> find(UserId id) {
    return Optional.ofNullable(findAll(List.of(id)).get(id));
  }

  @Override
  public Map<UserId, Person> findAll(Collection<UserId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    long now = epoch.recent(MAX_LAG_MILLIS);
    Map<UserId, Person> found = new LinkedHashMap<>();
    List<UUID> missing = new ArrayList<>();
    for (UserId id : ids) {
      Entry entry = cache.getIfPresent(id.value());
      if (entry != null && entry.epoch() == now) {
        found.put(id, entry.person());
      } else if (!missing.contains(id.value())) {
        missing.add(id.value());
      }
    }
    if (!missing.isEmpty()) {
      for (User user : users.byIds(missing)) {
        Person person = person(user);
        cache.put(user.id(), new Entry(person, now));
        found.put(person.id(), person);
      }
    }
    return found;
  }

  static Person person(User user) {
    return new Person(
        UserId.of(user.id()),
        user.displayName(),
        Person.initialsOf(user.displayName()),
        user.role(),
        Person.Status.valueOf(user.status().name()));
  }
}
