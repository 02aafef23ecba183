/**
 * The one small interface every destination implements ({@link Connector}), what a delivery hands
 * it ({@link Dispatch}) and what it answers ({@link Outcome}). Connectors never throw for what a
 * destination answers; they say whether trying again is safe, useless, or needs a person.
 */
@NullMarked
package ai.trae.content.publishing.connector;

import org.jspecify.annotations.NullMarked;
