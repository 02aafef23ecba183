package ai.trae.platform.security;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: the principal of every authenticated request, whether it came with a session's
 * access token or a personal access token. Controllers take it as a parameter
 * ({@code @AuthenticationPrincipal CurrentUser user}).
 *
 * @param sessionId the browser session, null for a personal access token
 * @param tokenId the personal access token, null for a session
 */
public record CurrentUser(
    UUID userId, String email, @Nullable UUID sessionId, @Nullable UUID tokenId) {

  public boolean viaToken() {
    return tokenId != null;
  }

  public static @Nullable CurrentUser current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
        ? user
        : null;
  }
}
