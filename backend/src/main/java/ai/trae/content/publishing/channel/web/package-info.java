/** The channels API: {@code /api/v1/channels}. */
@NullMarked
package ai.trae.content.publishing.channel.web;

import org.jspecify.annotations.NullMarked;
