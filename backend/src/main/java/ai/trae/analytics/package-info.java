/** Event ingestion, rollups, dashboards, API performance and error tracking. */
@ApplicationModule(
    displayName = "Analytics",
    allowedDependencies = {
      "platform::crypto",
      "platform::database",
      "platform::jobs",
      "platform::mail",
      "platform::ratelimit",
      "platform::security",
      "platform::settings",
      "platform::web",
      "identity",
      "content"
    })
@NullMarked
package ai.trae.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
