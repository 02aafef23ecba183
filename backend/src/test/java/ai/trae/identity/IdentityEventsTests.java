package ai.trae.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.identity.admin.UserAdministration;
import ai.trae.identity.invitation.Invitations;
import ai.trae.identity.session.Sessions;
import ai.trae.identity.session.Sessions.RefreshRejected;
import ai.trae.identity.setup.SetupService;
import ai.trae.identity.user.Roles;
import ai.trae.identity.user.Users;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * Identity alone (with the shared platform), as Spring Modulith bootstraps a module: each write
 * that others may react to publishes its event. Password reset requests have their own test in the
 * reset package, where the request is recorded without its background hand-off.
 */
@ApplicationModuleTest
@TestPropertySource(
    properties = {
      "trae.data.dir=target/test-data/${random.uuid}",
      "trae.identity.bcrypt-cost=4",
      // a rotated refresh token is a reused one at once
      "trae.identity.refresh-grace=0s"
    })
class IdentityEventsTests {

  static final String PASSWORD = "amber orchard violin compass 58";

  @Autowired SetupService setup;
  @Autowired Invitations invitations;
  @Autowired UserAdministration admin;
  @Autowired Sessions sessions;
  @Autowired Roles roles;
  @Autowired Users users;

  UUID owner;
  Set<String> held;

  @BeforeEach
  void owner() {
    if (setup.required()) {
      setup.createOwner("owner@events.test", PASSWORD, "Owner");
    }
    owner = ownerId();
    held = new HashSet<>(roles.permissionsOf("OWNER"));
  }

  @Test
  void invitingPublishesUserInvited(Scenario scenario) {
    String email = "invited-" + UUID.randomUUID() + "@events.test";
    scenario
        .stimulate(() -> invitations.invite(email, "AUTHOR", owner))
        .andWaitForEventOfType(UserInvited.class)
        .matching(event -> event.invitedBy().equals(owner))
        .toArriveAndVerify(
            (event, invited) -> {
              assertThat(event.userId()).isEqualTo(invited.id());
              assertThat(event.role()).isEqualTo("AUTHOR");
              assertThat(event.expiresAt()).isEqualTo(invited.expiresAt());
            });
  }

  @Test
  void changingARolePublishesRoleChanged(Scenario scenario) {
    UUID user = activeUser("AUTHOR");
    scenario
        .stimulate(() -> admin.update(owner, held, user, "EDITOR", null))
        .andWaitForEventOfType(RoleChanged.class)
        .matching(event -> event.userId().equals(user))
        .toArriveAndVerify(
            event -> assertThat(event).isEqualTo(new RoleChanged(user, "AUTHOR", "EDITOR", owner)));
  }

  @Test
  void disablingPublishesUserDisabled(Scenario scenario) {
    UUID user = activeUser("VIEWER");
    scenario
        .stimulate(() -> admin.update(owner, held, user, null, true))
        .andWaitForEventOfType(UserDisabled.class)
        .matching(event -> event.userId().equals(user))
        .toArriveAndVerify(event -> assertThat(event.disabledBy()).isEqualTo(owner));
  }

  @Test
  void anonymisingPublishesUserAnonymised(Scenario scenario) {
    UUID user = activeUser("VIEWER");
    scenario
        .stimulate(() -> admin.remove(owner, held, user))
        .andWaitForEventOfType(UserAnonymised.class)
        .matching(event -> event.userId().equals(user))
        .toArriveAndVerify(event -> assertThat(event.anonymisedBy()).isEqualTo(owner));
  }

  @Test
  void aReusedRefreshTokenPublishesRefreshTokenReuseDetected(Scenario scenario) {
    UUID user = activeUser("AUTHOR");
    Sessions.Opened opened = sessions.open(user, "test", "127.0.0.1");
    sessions.refresh(opened.refreshToken());

    scenario
        .stimulate(
            () ->
                assertThatThrownBy(() -> sessions.refresh(opened.refreshToken()))
                    .isInstanceOf(RefreshRejected.class))
        .andWaitForEventOfType(RefreshTokenReuseDetected.class)
        .matching(event -> event.sessionId().equals(opened.sessionId()))
        .toArriveAndVerify(event -> assertThat(event.userId()).isEqualTo(user));
  }

  /** Invited and accepted: an ordinary active account. */
  private UUID activeUser(String role) {
    Invitations.Invited invited =
        invitations.invite("user-" + UUID.randomUUID() + "@events.test", role, owner);
    String token = invited.url().substring(invited.url().lastIndexOf('/') + 1);
    return invitations.accept(token, "Eve Events", PASSWORD).id();
  }

  private UUID ownerId() {
    return users.byEmail("owner@events.test").orElseThrow().id();
  }
}
