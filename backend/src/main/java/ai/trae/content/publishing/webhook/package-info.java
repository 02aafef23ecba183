/**
 * The {@code webhook} connector: each publish, update and unpublish is a JSON POST signed per
 * Standard Webhooks, with the delivery's idempotency key as {@code webhook-id} on every attempt.
 */
@NullMarked
package ai.trae.content.publishing.webhook;

import org.jspecify.annotations.NullMarked;
