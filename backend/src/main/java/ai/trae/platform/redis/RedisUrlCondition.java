package ai.trae.platform.redis;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code trae.redis.url} has text. {@code @ConditionalOnProperty} would also match an
 * empty {@code TRAE_REDIS_URL=}, which compose files produce for "unset".
 */
class RedisUrlCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return StringUtils.hasText(context.getEnvironment().getProperty("trae.redis.url"));
  }
}
