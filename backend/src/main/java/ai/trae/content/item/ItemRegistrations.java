package ai.trae.content.item;

import ai.trae.platform.web.ProblemKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the item feature declares to the platform: its problem kinds. */
@Configuration(proxyBeanMethods = false)
class ItemRegistrations {

  @Bean
  ProblemKinds itemProblemKinds() {
    return ProblemKinds.of(ItemProblem.class);
  }
}
