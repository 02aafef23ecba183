package ai.trae.identity.mfa.web;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Re-checks the signed-in user's password before a sensitive change. The encoder comes with login;
 * without one every password is refused, so a missing bean fails closed.
 */
@Component
class PasswordCheck {

  private static final Logger log = LoggerFactory.getLogger(PasswordCheck.class);

  private final JdbcClient jdbc;
  private final ObjectProvider<PasswordEncoder> encoder;

  PasswordCheck(JdbcClient jdbc, ObjectProvider<PasswordEncoder> encoder) {
    this.jdbc = jdbc;
    this.encoder = encoder;
  }

  boolean matches(UUID userId, String password) {
    PasswordEncoder passwords = encoder.getIfAvailable();
    if (passwords == null) {
      log.warn("No PasswordEncoder bean; refusing password confirmation");
      return false;
    }
    Optional<String> hash =
        jdbc.sql("select password_hash from users where id = ? and password_hash is not null")
            .param(userId)
            .query(String.class)
            .optional();
    return hash.isPresent() && passwords.matches(password, hash.get());
  }
}
