/**
 * Rate limits: named token-bucket policies ({@code trae.rate-limit.*}) that any module consumes
 * through {@link ai.trae.platform.ratelimit.RateLimiter}, plus the general per-client budget on
 * {@code /api/**}. Buckets live in this process on one node and in Redis when {@code
 * TRAE_REDIS_URL} is set, so that several nodes share one count.
 */
@NamedInterface("ratelimit")
@NullMarked
package ai.trae.platform.ratelimit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
