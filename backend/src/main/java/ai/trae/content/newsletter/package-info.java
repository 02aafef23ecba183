/**
 * Newsletters: subscriber lists with double opt-in, CSV import and suppression, editions sent in
 * batches by a platform job, one-click unsubscribe (RFC 8058), opens and clicks. Other features
 * send through {@link ai.trae.content.newsletter.Newsletters}.
 */
@NullMarked
package ai.trae.content.newsletter;

import org.jspecify.annotations.NullMarked;
