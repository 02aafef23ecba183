/**
 * The {@code feed} connector: readers pull RSS 2.0 and Atom from {@code /feeds/{channel}.rss} and
 * {@code .atom} (ROME), made from the channel's published items. Also the published-items query the
 * delivery API shares.
 */
@NullMarked
package ai.trae.content.publishing.feed;

import org.jspecify.annotations.NullMarked;
