/**
 * Users, setup, login, JWT and refresh sessions, MFA, roles and permissions, API tokens and the
 * audit log.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package ai.trae.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
