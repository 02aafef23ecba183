package ai.trae.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.platform.database.Ids;
import ai.trae.support.DataSliceTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The accounts table: the pattern for a module's repository test (a data slice, real SQL). */
@DataSliceTest
@Import(Users.class)
class UsersTests {

  @Autowired Users users;

  @Test
  void anInsertedUserReadsBackWithVersionZeroAndCaseInsensitiveEmail() {
    User ada = user("Ada@Example.test", "Ada Lovelace", "EDITOR");
    users.insert(ada);

    User read = users.byEmail("  ada@EXAMPLE.test ").orElseThrow();

    assertThat(read.id()).isEqualTo(ada.id());
    assertThat(read.displayName()).isEqualTo("Ada Lovelace");
    assertThat(read.role()).isEqualTo("EDITOR");
    assertThat(read.status()).isEqualTo(User.Status.ACTIVE);
    assertThat(read.createdAt()).isEqualTo(ada.createdAt());
    assertThat(read.version()).isZero();
    assertThat(users.emailInUse("ADA@example.test")).isTrue();
    assertThat(users.emailInUse("grace@example.test")).isFalse();
  }

  @Test
  void aGuardedChangeAppliesOnlyToTheVersionItWasMadeFrom() {
    User ada = user("ada@example.test", "Ada", "EDITOR");
    users.insert(ada);

    assertThat(users.changeRole(ada.id(), "ADMIN", 0)).isTrue();
    assertThat(users.changeStatus(ada.id(), User.Status.DISABLED, 0)).as("stale").isFalse();
    assertThat(users.changeStatus(ada.id(), User.Status.DISABLED, 1)).isTrue();

    User read = users.byId(ada.id()).orElseThrow();
    assertThat(read.role()).isEqualTo("ADMIN");
    assertThat(read.status()).isEqualTo(User.Status.DISABLED);
    assertThat(read.version()).isEqualTo(2);
  }

  @Test
  void signInsDoNotMoveTheVersionButProfileChangesDo() {
    User ada = user("ada@example.test", "Ada", "EDITOR");
    users.insert(ada);

    users.loginFailed(ada.id(), 3, null);
    users.loginSucceeded(ada.id(), Instant.now());
    assertThat(users.byId(ada.id()).orElseThrow().version()).isZero();

    users.changeDisplayName(ada.id(), " Ada L. ");
    User read = users.byId(ada.id()).orElseThrow();
    assertThat(read.displayName()).isEqualTo("Ada L.");
    assertThat(read.version()).isEqualTo(1);
  }

  @Test
  void aBatchReadIsOneQueryAndSkipsUnknownIds() {
    User ada = user("ada@example.test", "Ada", "EDITOR");
    User grace = user("grace@example.test", "Grace", "VIEWER");
    users.insert(ada);
    users.insert(grace);

    List<User> found = users.byIds(List.of(ada.id(), grace.id(), ada.id(), UUID.randomUUID()));

    assertThat(found).extracting(User::id).containsExactlyInAnyOrder(ada.id(), grace.id());
    assertThat(users.byIds(List.of())).isEmpty();
  }

  @Test
  void anonymisingKeepsTheRowAndItsIdButNothingPersonal() {
    User ada = user("ada@example.test", "Ada", "EDITOR");
    users.insert(ada);
    users.loginFailed(ada.id(), 5, Instant.now().plusSeconds(60));

    users.anonymise(ada.id(), "anonymised-0000abcd@invalid", "Anonymised user");

    User read = users.byId(ada.id()).orElseThrow();
    assertThat(read.email()).isEqualTo("anonymised-0000abcd@invalid");
    assertThat(read.displayName()).isEqualTo("Anonymised user");
    assertThat(read.passwordHash()).isNull();
    assertThat(read.status()).isEqualTo(User.Status.ANONYMISED);
    assertThat(read.failedLogins()).isZero();
    assertThat(read.lockedUntil()).isNull();
    assertThat(users.holdersOf("EDITOR")).as("anonymised accounts hold no role").isZero();
  }

  @Test
  void mfaFlagFollowsEnrolmentAndReportsOnlyRealChanges() {
    User ada = user("ada@example.test", "Ada", "EDITOR");
    users.insert(ada);

    users.mfaEnrolled(ada.id());
    assertThat(users.mfaEnabled(ada.id())).isTrue();
    assertThat(users.mfaTurnedOff(ada.id())).isTrue();
    assertThat(users.mfaTurnedOff(ada.id())).as("already off").isFalse();
    assertThat(users.mfaEnabled(UUID.randomUUID())).isFalse();
  }

  static User user(String email, String displayName, String role) {
    return new User(
        Ids.newId(),
        email,
        displayName,
        "{noop}x",
        role,
        User.Status.ACTIVE,
        false,
        0,
        null,
        Instant.now().truncatedTo(ChronoUnit.MICROS),
        null);
  }
}
