package ai.trae.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The hook through which a module (identity, first) adds authentication and its authorization rules
 * to the single filter chain. Customizers run in {@code @Order}; the platform then permits what no
 * rule claimed, which identity narrows to deny-by-default when it lands.
 */
@FunctionalInterface
public interface HttpSecurityCustomizer {

  void customize(HttpSecurity http) throws Exception;
}
