package ai.trae.content.publishing;

import ai.trae.support.IntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The full app with the recording connectors and quick jobs and retries, so a delivery's attempts
 * follow each other within a second; one context for every publishing test over HTTP.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@Import(RecordingConnectors.class)
@TestPropertySource(
    properties = {
      "trae.jobs.polling-interval=200ms",
      "trae.publishing.retry-base=200ms",
      "trae.publishing.retry-max=400ms",
      "trae.publishing.max-attempts=4",
      "trae.publishing.request-timeout=1s",
      "trae.publishing.connect-timeout=1s"
    })
public @interface PublishingIntegrationTest {}
