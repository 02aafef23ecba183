/** Outgoing and incoming webhooks, AI providers and generation jobs, external API clients. */
@ApplicationModule(
    displayName = "Integrations",
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
package ai.trae.integrations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
