/**
 * Media an item's body embeds, made loadable where the item is published: TRAE's session-only media
 * paths in Markdown and HTML become absolute signed URLs.
 */
@NullMarked
package ai.trae.content.publishing.media;

import org.jspecify.annotations.NullMarked;
