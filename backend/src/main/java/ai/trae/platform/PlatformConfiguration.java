package ai.trae.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Shared infrastructure beans. Time comes from one clock so tests can move it. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
