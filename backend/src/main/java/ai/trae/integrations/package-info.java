/** Outgoing and incoming webhooks, AI providers and generation jobs, external API clients. */
@ApplicationModule(displayName = "Integrations")
@NullMarked
package ai.trae.integrations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
