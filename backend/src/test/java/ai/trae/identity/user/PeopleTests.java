package ai.trae.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.identity.People;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.identity.security.PrincipalEpoch;
import ai.trae.platform.database.Ids;
import ai.trae.support.DataSliceTest;
import ai.trae.support.SqlStatements;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other modules get from identity about people: by id, in batches, one query per batch. */
@DataSliceTest
@Import({Users.class, PeopleDirectory.class, PrincipalEpoch.class})
class PeopleTests {

  @Autowired People people;
  @Autowired Users users;
  @Autowired SqlStatements statements;
  @Autowired PrincipalEpoch epoch;

  @Test
  // committed, as in the app: the epoch is read on its own connection
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void aCachedPersonCostsNoQueryUntilTheirNameChanges() {
    User ada = insert("Ada Lovelace", "EDITOR", User.Status.ACTIVE);
    UserId id = UserId.of(ada.id());
    people.find(id);

    statements.reset();
    assertThat(people.find(id).orElseThrow().displayName()).isEqualTo("Ada Lovelace");
    assertThat(statements.count()).as("served from the cache").isZero();

    users.changeDisplayName(ada.id(), "Ada King");
    // the next request's session check reads the epoch the rename bumped
    epoch.current();

    assertThat(people.find(id).orElseThrow().displayName()).isEqualTo("Ada King");
  }

  @Test
  void aPersonIsFoundByIdWithNameInitialsRoleAndStatus() {
    User ada = insert("Ada Lovelace", "EDITOR", User.Status.DISABLED);

    Person person = people.find(UserId.of(ada.id())).orElseThrow();

    assertThat(person)
        .isEqualTo(
            new Person(
                UserId.of(ada.id()), "Ada Lovelace", "AL", "EDITOR", Person.Status.DISABLED));
    assertThat(people.find(UserId.of(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void aBatchOfAnySizeIsOneQueryAndUnknownIdsAreAbsent() {
    List<UserId> ids = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      ids.add(UserId.of(insert("Person " + i, "VIEWER", User.Status.ACTIVE).id()));
    }
    UserId unknown = UserId.of(UUID.randomUUID());
    List<UserId> asked = new ArrayList<>(ids);
    asked.add(unknown);
    asked.add(ids.getFirst());
    epoch.current();

    statements.reset();
    Map<UserId, Person> found = people.findAll(asked);

    assertThat(statements.count()).isEqualTo(1);
    assertThat(found).hasSize(50).doesNotContainKey(unknown);
    assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(found.get(ids.get(7)).displayName()).isEqualTo("Person 7");

    statements.reset();
    assertThat(people.findAll(List.of())).isEmpty();
    assertThat(statements.count()).as("nothing to ask, no query").isZero();
  }

  @Test
  void anAnonymisedPersonKeepsTheirIdAndShowsThePseudonym() {
    User ada = insert("Ada Lovelace", "EDITOR", User.Status.ACTIVE);
    users.anonymise(ada.id(), "anonymised-00000001@invalid", "Anonymised user");

    Person person = people.find(UserId.of(ada.id())).orElseThrow();

    assertThat(person.displayName()).isEqualTo("Anonymised user");
    assertThat(person.status()).isEqualTo(Person.Status.ANONYMISED);
  }

  @Test
  void initialsAreTheFirstCharacterOfTheFirstTwoWords() {
    assertThat(Person.initialsOf("ada")).isEqualTo("A");
    assertThat(Person.initialsOf("Ada Lovelace")).isEqualTo("AL");
    assertThat(Person.initialsOf("  ada   king lovelace ")).isEqualTo("AK");
    assertThat(Person.initialsOf("élodie durand")).isEqualTo("ÉD");
    // one character on screen, never half of it
    assertThat(Person.initialsOf("🎉 party")).isEqualTo("🎉P");
    assertThat(Person.initialsOf("👩‍💻 dev")).isEqualTo("👩‍💻D");
    assertThat(Person.initialsOf("🇫🇷")).isEqualTo("🇫🇷");
    assertThat(Person.initialsOf("")).isEqualTo("?");
    assertThat(Person.initialsOf("   ")).isEqualTo("?");
  }

  @Test
  void userIdsCompareByValueAndPrintAsTheUuid() {
    UUID value = UUID.randomUUID();

    assertThat(UserId.of(value)).isEqualTo(UserId.parse(value.toString()));
    assertThat(UserId.of(value).toString()).isEqualTo(value.toString());
  }

  private User insert(String displayName, String role, User.Status status) {
    User user =
        new User(
            Ids.newId(),
            Ids.newId() + "@example.test",
            displayName,
            null,
            role,
            status,
            false,
            0,
            null,
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            null);
    users.insert(user);
    return user;
  }
}
