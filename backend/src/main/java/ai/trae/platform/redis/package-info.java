/**
 * The optional Redis connection ({@code TRAE_REDIS_URL}) that several nodes share: rate limits now,
 * the revoked-session deny-list later. Without the setting there is no Redis bean at all, so users
 * must ask for {@code ObjectProvider<RedisClient>} rather than require it.
 */
@NamedInterface("redis")
@NullMarked
package ai.trae.platform.redis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
