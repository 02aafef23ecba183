/**
 * Users, setup, login, JWT and refresh sessions, MFA, roles and permissions, API tokens and the
 * audit log.
 *
 * <p>Other modules see only this package: {@link ai.trae.identity.UserId} to refer to a person,
 * {@link ai.trae.identity.People} to show them (name, initials, role, status; in batches), {@link
 * ai.trae.identity.AuditLog}, {@link ai.trae.identity.Permissions}. Never identity's tables.
 */
@ApplicationModule(
    displayName = "Identity",
    allowedDependencies = {
      "platform::crypto",
      "platform::database",
      "platform::jobs",
      "platform::mail",
      "platform::ratelimit",
      "platform::security",
      "platform::settings",
      "platform::web"
    })
@NullMarked
package ai.trae.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
