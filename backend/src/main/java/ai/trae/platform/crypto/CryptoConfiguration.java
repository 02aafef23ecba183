package ai.trae.platform.crypto;

import ai.trae.platform.database.DataProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

  /** One keyset, two faces: {@link SecretBox} for encryption, {@link DerivedKeys} for the rest. */
  @Bean
  TinkSecretBox secretBox(CryptoProperties properties, DataProperties data) {
    return TinkSecretBox.from(properties, data.absoluteDir());
  }
}
