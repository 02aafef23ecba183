/**
 * Publications: one per item and channel, created when the item is published, each carried to its
 * destination by deliveries (publish, update, unpublish) that run as platform jobs, attempt by
 * attempt, every attempt kept in the delivery log. Also scheduled publishing and per-channel
 * approval.
 */
@NullMarked
package ai.trae.content.publishing.publication;

import org.jspecify.annotations.NullMarked;
