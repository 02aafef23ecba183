/**
 * {@code Idempotency-Key} on every API {@code POST}: one filter after Spring Security, a claim row
 * per (principal, key), stored responses replayed for 24 hours.
 */
@NullMarked
package ai.trae.platform.web.idempotency;

import org.jspecify.annotations.NullMarked;
