package ai.trae.identity.user;

import ai.trae.identity.People;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link People} from the accounts table, through {@link Users} like every other read of it. */
@Component
class PeopleDirectory implements People {

  private final Users users;

  PeopleDirectory(Users users) {
    this.users = users;
  }

  @Override
  public Optional<Person> find(UserId id) {
    return users.byId(id.value()).map(PeopleDirectory::person);
  }

  @Override
  public Map<UserId, Person> findAll(Collection<UserId> ids) {
    Map<UserId, Person> found = new LinkedHashMap<>();
    for (User user : users.byIds(ids.stream().map(UserId::value).toList())) {
      found.put(UserId.of(user.id()), person(user));
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
