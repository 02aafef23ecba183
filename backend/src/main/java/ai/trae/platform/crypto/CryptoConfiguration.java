package ai.trae.platform.crypto;

import ai.trae.platform.database.DataProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

  @Bean
  SecretBox secretBox(CryptoProperties properties, DataProperties data) {
    return TinkSecretBox.from(properties, data.absoluteDir());
  }
}
