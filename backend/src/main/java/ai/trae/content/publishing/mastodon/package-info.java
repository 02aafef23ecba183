/**
 * The {@code mastodon} connector: statuses with a cover attachment, sent with Mastodon's own {@code
 * Idempotency-Key} so a repeat after an unknown outcome is dropped by the instance.
 */
@NullMarked
package ai.trae.content.publishing.mastodon;

import org.jspecify.annotations.NullMarked;
