/**
 * Signed outgoing webhooks per Standard Webhooks: {@code whsec_} secrets, the {@code webhook-id},
 * {@code webhook-timestamp} and {@code webhook-signature} headers (two signatures while a rotated
 * secret overlaps the new one), and the request that carries them. Content's webhook channels use
 * it now; the integrations module's event webhooks reuse it.
 */
@NamedInterface("webhooks")
@NullMarked
package ai.trae.platform.webhooks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
