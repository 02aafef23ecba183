/** Prompts: what an AI run sends, from the operation's template and the brand voice. */
@NullMarked
package ai.trae.integrations.ai.prompt;

import org.jspecify.annotations.NullMarked;
