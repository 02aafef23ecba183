package ai.trae.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Who someone is, for other modules: they hold {@link UserId}s and ask here for names, avatar
 * initials, role and status, so no module reads identity's tables. Lists ask for a whole page's
 * people at once ({@link #findAll}): one query, not one per row.
 */
public interface People {

  /** Empty when there is no account with that id. */
  Optional<Person> find(UserId id);

  /** One query for any number of ids. Unknown ids are absent from the map; duplicates are fine. */
  Map<UserId, Person> findAll(Collection<UserId> ids);
}
