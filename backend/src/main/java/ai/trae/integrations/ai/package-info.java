/** AI: the providers generation runs on (and, as they arrive, templates, runs and budgets). */
@NullMarked
package ai.trae.integrations.ai;

import org.jspecify.annotations.NullMarked;
