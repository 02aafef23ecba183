/**
 * The {@code bluesky} connector: an AT Protocol session kept in the channel's state and renewed
 * before it expires, and {@code app.bsky.feed.post} records under a record key derived from the
 * publication, so a repeat finds what an unknown attempt created.
 */
@NullMarked
package ai.trae.content.publishing.bluesky;

import org.jspecify.annotations.NullMarked;
