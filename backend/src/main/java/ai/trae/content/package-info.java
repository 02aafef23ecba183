/** Content items, workflow, versions, media, search, channels, publishing and the delivery API. */
@ApplicationModule(
    displayName = "Content",
    allowedDependencies = {
      "platform::crypto",
      "platform::database",
      "platform::jobs",
      "platform::mail",
      "platform::ratelimit",
      "platform::redis",
      "platform::security",
      "platform::settings",
      "platform::web",
      "platform::webhooks",
      "identity"
    })
@NullMarked
package ai.trae.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
