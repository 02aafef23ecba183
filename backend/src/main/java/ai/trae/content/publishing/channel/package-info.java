/** Channels: a destination's connector type, settings and encrypted secrets, and its health. */
@NullMarked
package ai.trae.content.publishing.channel;

import org.jspecify.annotations.NullMarked;
