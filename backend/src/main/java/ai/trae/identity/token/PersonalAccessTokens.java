package ai.trae.identity.token;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.identity.Permissions;
import ai.trae.identity.user.Roles;
import ai.trae.identity.user.Users;
import ai.trae.platform.crypto.OpaqueTokens;
import ai.trae.platform.database.Ids;
import ai.trae.platform.security.Authorities;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.Problems;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for machines: {@code trae_pat_…}, shown once, stored as a SHA-256 hash. A
 * token's effective permissions are its scopes intersected with its owner's current permissions, so
 * it never exceeds them, even after the owner's role shrinks. Tokens are made, listed and revoked
 * only from a browser session, so no token begets another.
 */
@Service
public class PersonalAccessTokens {

  public static final String PREFIX = "trae_pat_";
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final Users users;
  private final Roles roles;
  private final AuditLog audit;
  private final Clock clock;

  PersonalAccessTokens(JdbcClient jdbc, Users users, Roles roles, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.users = users;
    this.roles = roles;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * @param held what the creating session holds ({@link ai.trae.identity.Permissions#heldBy}): a
   *     token never gets a scope its creator lacks
   */
  @Transactional
  public Created create(
      UUID userId, Set<String> held, String name, List<String> scopes, @Nullable Integer days) {
    var user = users.byId(userId).orElseThrow();
    List<String> role = roles.byName(user.role()).map(Roles.Role::permissions).orElse(List.of());
    List<FieldProblem> errors = new ArrayList<>();
    for (String scope : new LinkedHashSet<>(scopes)) {
      if (Permissions.TOKENS_CREATE.equals(scope)) {
        errors.add(
            error("Tokens cannot manage tokens; create and revoke them in a browser session."));
      } else if (!held.contains(scope) || !role.contains(scope)) {
        errors.add(error("You do not have " + scope));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          Problems.withFields(
              PlatformProblem.VALIDATION_FAILED,
              "A token cannot have more than you have.",
              errors));
    }
    String token = PREFIX + OpaqueTokens.random();
    UUID id = Ids.newId();
    Instant now = clock.instant();
    Instant expires = days == null ? null : now.plus(Duration.ofDays(days));
    jdbc.sql(
            """
            insert into personal_access_tokens
              (id, user_id, name, token_hash, prefix, scopes, created_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            userId,
            name.trim(),
            OpaqueTokens.sha256(token),
            token.substring(0, PREFIX.length() + 4),
            scopes.toArray(String[]::new),
            Timestamp.from(now),
            expires == null ? null : Timestamp.from(expires))
        .update();
    audit.record(
        AuditEvent.of("token.created", Actor.user(userId, null))
            .target("token", id)
            .with("name", name)
            .with("scopes", String.join(" ", scopes)));
    return new Created(id, name, token, scopes, expires);
  }

  /** What a new token of this caller may carry: what they hold, except managing tokens. */
  public static List<Permissions.Permission> grantableScopes(Set<String> held) {
    return Permissions.describe(held).stream()
        .filter(p -> !p.name().equals(Permissions.TOKENS_CREATE))
        .toList();
  }

  private static FieldProblem error(String message) {
    return new FieldProblem("scopes", message);
  }

  public List<TokenInfo> list(UUID userId) {
    return jdbc.sql(
            """
            select id, name, prefix, scopes, created_at, expires_at, last_used_at
            from personal_access_tokens where user_id = ? and revoked_at is null
            order by created_at desc limit 200
            """)
        .param(userId)
        .query(
            (rs, n) ->
                new TokenInfo(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("prefix"),
                    strings(rs.getArray("scopes")),
                    rs.getTimestamp("created_at").toInstant(),
                    instant(rs.getTimestamp("expires_at")),
                    instant(rs.getTimestamp("last_used_at"))))
        .list();
  }

  @Transactional
  public boolean revoke(UUID userId, UUID id) {
    boolean revoked =
        jdbc.sql(
                    """
                update personal_access_tokens set revoked_at = ?
                where id = ? and user_id = ? and revoked_at is null
                """)
                .params(Timestamp.from(clock.instant()), id, userId)
                .update()
            == 1;
    if (revoked) {
      audit.record(AuditEvent.of("token.revoked", Actor.user(userId, null)).target("token", id));
    }
    return revoked;
  }

  /**
   * Revokes every live token of the user, for when the account's owner may no longer be who holds
   * them (a password reset, a disabled account): a token minted by an intruder must not outlive the
   * recovery.
   *
   * @return how many tokens stopped working
   */
  @Transactional
  public int revokeAll(UUID userId) {
    return jdbc.sql(
            "update personal_access_tokens set revoked_at = ? where user_id = ? and revoked_at is null")
        .params(Timestamp.from(clock.instant()), userId)
        .update();
  }

  /** The caller behind a presented token, or empty when it is unknown, expired or revoked. */
  public Optional<UsernamePasswordAuthenticationToken> authenticate(String token) {
    Instant now = clock.instant();
    return jdbc.sql(
            """
            select t.id, t.user_id, t.scopes, t.last_used_at, u.email, u.mfa_enabled,
                   r.permissions, r.mfa_required
            from personal_access_tokens t join users u on u.id = t.user_id
            join roles r on r.name = u.role
            where t.token_hash = ? and t.revoked_at is null
              and (t.expires_at is null or t.expires_at > ?) and u.status = 'active'
            """)
        .params(OpaqueTokens.sha256(token), Timestamp.from(now))
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              List<GrantedAuthority> authorities = new ArrayList<>();
              authorities.add(new SimpleGrantedAuthority(Authorities.API_TOKEN));
              if (rs.getBoolean("mfa_required") && !rs.getBoolean("mfa_enabled")) {
                // the role's MFA rule binds every credential, or a token would bypass it
                authorities.add(new SimpleGrantedAuthority(Authorities.MFA_ENROLMENT_PENDING));
              } else {
                effective(strings(rs.getArray("scopes")), strings(rs.getArray("permissions")))
                    .forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
              }
              Timestamp lastUsed = rs.getTimestamp("last_used_at");
              if (lastUsed == null
                  || lastUsed.toInstant().plus(LAST_USED_PRECISION).isBefore(now)) {
                touch(id, now);
              }
              return UsernamePasswordAuthenticationToken.authenticated(
                  new CurrentUser(
                      rs.getObject("user_id", UUID.class), rs.getString("email"), null, id),
                  null,
                  authorities);
            })
        .optional();
  }

  /**
   * Scopes within the user's current role. Never {@code tokens:create}: a token minting tokens
   * could outlive and outgrow itself, so managing tokens takes a browser session.
   */
  static List<String> effective(List<String> scopes, List<String> rolePermissions) {
    return scopes.stream()
        .filter(rolePermissions::contains)
        .filter(s -> !s.equals(Permissions.TOKENS_CREATE))
        .toList();
  }

  /** Recorded at minute precision: one write per token per minute at most. */
  private void touch(UUID id, Instant now) {
    jdbc.sql("update personal_access_tokens set last_used_at = ? where id = ?")
        .params(Timestamp.from(now), id)
        .update();
  }

  private static List<String> strings(Array array) throws java.sql.SQLException {
    return List.of((String[]) array.getArray());
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  public record Created(
      UUID id, String name, String token, List<String> scopes, @Nullable Instant expiresAt) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "Created[redacted]";
    }
  }

  public record TokenInfo(
      UUID id,
      String name,
      String prefix,
      List<String> scopes,
      Instant createdAt,
      @Nullable Instant expiresAt,
      @Nullable Instant lastUsedAt) {}
}
