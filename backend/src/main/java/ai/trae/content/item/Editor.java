package ai.trae.content.item;

import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.CurrentUser;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * Who is changing content and with which credential: the permissions are what that credential holds
 * right now (a narrow token holds fewer than its user's role), so every check on an item is made
 * against them, not against the role.
 *
 * @param name what the audit log shows (the e-mail address)
 * @param viaToken a personal access token rather than a browser session
 */
public record Editor(UUID userId, String name, Set<String> permissions, boolean viaToken) {

  public Editor {
    permissions = Set.copyOf(permissions);
  }

  public static Editor of(Authentication authentication) {
    if (!(authentication.getPrincipal() instanceof CurrentUser user)) {
      throw new IllegalStateException("content is changed by signed-in users only");
    }
    return new Editor(
        user.userId(), user.email(), Permissions.heldBy(authentication), user.viaToken());
  }

  /** Which path a save through this credential takes: a token's is the API, a session's the UI. */
  public VersionSource source() {
    return viaToken ? VersionSource.API : VersionSource.UI;
  }

  public boolean can(String permission) {
    return permissions.contains(permission);
  }

  Actor actor() {
    return Actor.user(userId, name);
  }
}
