/**
 * Shared platform concerns: configuration, database, web conventions (problem details, request ids,
 * access log, SPA serving), security headers, logging and system information.
 */
@ApplicationModule(
    displayName = "Platform",
    // the bottom of the stack: it serves every module and knows none
    allowedDependencies = {})
@NullMarked
package ai.trae.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
