/** The AI providers API under {@code /api/v1/ai/providers} (docs/ai-api.md). */
@NullMarked
package ai.trae.integrations.ai.provider.web;

import org.jspecify.annotations.NullMarked;
