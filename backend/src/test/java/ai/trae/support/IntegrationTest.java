package ai.trae.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A full TRAE on a random port over a real PostgreSQL (the embedded one, in a fresh directory under
 * {@code target/} per application context). Talk to it with {@link Http}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "trae.data.dir=target/test-data/${random.uuid}",
      "trae.identity.bcrypt-cost=4",
      "trae.identity.scrape-token=test-scrape-token",
      // tests sign in far more often than people; RateLimitTests set their own small budgets
      "trae.rate-limit.policies.api.capacity=1000000",
      "trae.rate-limit.policies.login-ip.capacity=1000000",
      "trae.rate-limit.policies.login-account.capacity=1000000",
      "trae.rate-limit.policies.mfa-ip.capacity=1000000",
      "trae.rate-limit.policies.mfa-account.capacity=1000000",
      "trae.rate-limit.policies.setup-ip.capacity=1000000",
      "trae.rate-limit.policies.password-reset-ip.capacity=1000000",
      "trae.rate-limit.policies.login-device.capacity=1000000",
      "trae.rate-limit.policies.password-check.capacity=1000000",
      "trae.rate-limit.policies.review-ip.capacity=1000000",
      "trae.rate-limit.policies.review-write-ip.capacity=1000000"
    })
@Import({Http.class, Accounts.class})
public @interface IntegrationTest {}
