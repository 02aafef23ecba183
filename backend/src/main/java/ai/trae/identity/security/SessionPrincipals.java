package ai.trae.identity.security;

import ai.trae.platform.security.Authorities;
import ai.trae.platform.security.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a verified access token into the caller, checking its session on every request: a
 * signed-out, revoked or expired session, or a disabled user, stops working at once on every node
 * because the check reads the shared database (one primary-key join). Permissions come from the
 * user's current role, so a role change applies to the next request.
 */
@Component
class SessionPrincipals implements Converter<Jwt, AbstractAuthenticationToken> {

  private final JdbcClient jdbc;
  private final Clock clock;

  SessionPrincipals(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    UUID userId = uuid(jwt.getSubject());
    UUID sessionId = uuid(jwt.getClaimAsString("sid"));
    SessionRow row =
        jdbc.sql(
                """
                select u.email, u.mfa_enabled, r.permissions, r.mfa_required
                from sessions s join users u on u.id = s.user_id join roles r on r.name = u.role
                where s.id = ? and s.user_id = ? and s.revoked_at is null and s.expires_at > ?
                  and u.status = 'active'
                """)
            .params(sessionId, userId, Timestamp.from(clock.instant()))
            .query(
                (rs, n) ->
                    new SessionRow(
                        rs.getString("email"),
                        rs.getBoolean("mfa_enabled"),
                        List.of((String[]) rs.getArray("permissions").getArray()),
                        rs.getBoolean("mfa_required")))
            .optional()
            .orElseThrow(() -> new InvalidBearerTokenException("The session has ended"));
    List<SimpleGrantedAuthority> authorities = new ArrayList<>();
    if (!row.mfaRequired() || row.mfaEnabled()) {
      authorities.add(new SimpleGrantedAuthority(Authorities.FULL_SESSION));
      row.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
    }
    return UsernamePasswordAuthenticationToken.authenticated(
        new CurrentUser(userId, row.email(), sessionId, null), jwt, authorities);
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException | NullPointerException ex) {
      throw new InvalidBearerTokenException("Malformed subject or session");
    }
  }

  private record SessionRow(
      String email, boolean mfaEnabled, List<String> permissions, boolean mfaRequired) {}
}
