package ai.trae.identity.auth;

import ai.trae.identity.IdentityProperties;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt behind a delegating encoder: hashes carry their algorithm id, so the cost or algorithm can
 * change later and old hashes still verify. Hashing runs on its own threads (see {@link
 * PasswordHashing}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordEncoderConfiguration {

  @Bean
  PasswordEncoder passwordEncoder(IdentityProperties properties) {
    return new PasswordHashing(
        new DelegatingPasswordEncoder(
            "bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(properties.bcryptCost()))),
        Runtime.getRuntime().availableProcessors());
  }
}
