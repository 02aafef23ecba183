/**
 * What the social connectors (WordPress, Mastodon, Bluesky) share: a post's text from the item's
 * Markdown, cut to a network's limit by what its readers count, and the rewording of an HTTP
 * failure into a reason a person can act on.
 */
@NullMarked
package ai.trae.content.publishing.social;

import org.jspecify.annotations.NullMarked;
