package ai.trae.identity.security;

import ai.trae.platform.security.Authorities;
import ai.trae.platform.security.CurrentUser;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a verified access token into the caller, checking its session on every request: a
 * signed-out, revoked or expired session, or a disabled user, stops working at once on every node.
 * The answer comes from the shared database (one join over sessions, users and roles) and is cached
 * per session for as long as the database's {@link PrincipalEpoch} has not moved, which it does in
 * the same transaction as any change to those facts; every request checks the epoch afresh.
 * Permissions come from the user's current role, so a role change applies to the next request.
 */
@Component
class SessionPrincipals implements Converter<Jwt, AbstractAuthenticationToken> {

  static final Duration MAX_AGE = Duration.ofMinutes(10);
  static final int MAX_ENTRIES = 20_000;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final PrincipalEpoch epoch;
  private final Cache<UUID, Caller> callers =
      Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(MAX_AGE).build();

  SessionPrincipals(JdbcClient jdbc, Clock clock, PrincipalEpoch epoch) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.epoch = epoch;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    UUID userId = uuid(jwt.getSubject());
    UUID sessionId = uuid(jwt.getClaimAsString("sid"));
    Instant now = clock.instant();
    long epochNow = epoch.current();
    @Nullable Caller caller = callers.getIfPresent(sessionId);
    if (caller == null || caller.epoch() != epochNow || !caller.sessionExpiresAt().isAfter(now)) {
      caller = load(sessionId, userId, now, epochNow).orElse(null);
      if (caller == null) {
        callers.invalidate(sessionId);
        throw new InvalidBearerTokenException("The session has ended");
      }
      callers.put(sessionId, caller);
    }
    if (!caller.principal().userId().equals(userId)) {
      throw new InvalidBearerTokenException("The session has ended");
    }
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            caller.principal(), jwt, caller.authorities());
    authentication.setDetails(caller.account());
    return authentication;
  }

  private Optional<Caller> load(UUID sessionId, UUID userId, Instant now, long epochNow) {
    return jdbc.sql(
            """
            select s.expires_at, u.email, u.display_name, u.role, u.mfa_enabled, u.created_at,
                   r.permissions, r.mfa_required
            from sessions s join users u on u.id = s.user_id join roles r on r.name = u.role
            where s.id = ? and s.user_id = ? and s.revoked_at is null and s.expires_at > ?
              and u.status = 'active'
            """)
        .params(sessionId, userId, Timestamp.from(now))
        .query(
            (rs, n) -> {
              var account =
                  new SignedInAccount(
                      userId,
                      rs.getString("email"),
                      rs.getString("display_name"),
                      rs.getString("role"),
                      List.of((String[]) rs.getArray("permissions").getArray()),
                      rs.getBoolean("mfa_enabled"),
                      rs.getBoolean("mfa_required"),
                      rs.getTimestamp("created_at").toInstant());
              return new Caller(
                  epochNow,
                  rs.getTimestamp("expires_at").toInstant(),
                  new CurrentUser(userId, account.email(), sessionId, null),
                  authorities(account),
                  account);
            })
        .optional();
  }

  private static List<GrantedAuthority> authorities(SignedInAccount account) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    if (!account.enrolmentRequired()) {
      authorities.add(new SimpleGrantedAuthority(Authorities.FULL_SESSION));
      account.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
    }
    return List.copyOf(authorities);
  }

  private static UUID uuid(@Nullable String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException | NullPointerException ex) {
      throw new InvalidBearerTokenException("Malformed subject or session");
    }
  }

  private record Caller(
      long epoch,
      Instant sessionExpiresAt,
      CurrentUser principal,
      List<GrantedAuthority> authorities,
      SignedInAccount account) {}
}
