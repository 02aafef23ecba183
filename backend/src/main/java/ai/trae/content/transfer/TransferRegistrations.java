package ai.trae.content.transfer;

import ai.trae.platform.web.ProblemKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What import and export declare to the platform: their problem kinds. */
@Configuration(proxyBeanMethods = false)
class TransferRegistrations {

  @Bean
  ProblemKinds transferProblemKinds() {
    return ProblemKinds.of(TransferProblem.class);
  }
}
