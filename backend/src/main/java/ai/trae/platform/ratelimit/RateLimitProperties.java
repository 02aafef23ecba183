package ai.trae.platform.ratelimit;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate-limit settings ({@code TRAE_RATE_LIMIT_*}). The budgets themselves belong to the modules
 * that declare them ({@link RateLimitPolicies}); their overrides, {@code
 * trae.rate-limit.policies.<name>.capacity|period}, are bound per declared name by {@link
 * RateLimitPolicyBinding}.
 *
 * @param enabled whether budgets are enforced at all ({@code TRAE_RATE_LIMIT_ENABLED})
 * @param maxLocalBuckets how many client buckets one node keeps in memory when there is no Redis
 *     ({@code TRAE_RATE_LIMIT_MAX_LOCAL_BUCKETS})
 */
@ConfigurationProperties("trae.rate-limit")
@Validated
public record RateLimitProperties(
    @DefaultValue("true") boolean enabled, @DefaultValue("100000") @Positive int maxLocalBuckets) {}
