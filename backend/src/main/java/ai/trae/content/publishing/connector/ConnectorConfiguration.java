package ai.trae.content.publishing.connector;

import ai.trae.content.publishing.PublishingProperties;
import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One HTTP client for every connector: redirects are not followed (a moved hook is an error). */
@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

  @Bean
  HttpCalls connectorHttpCalls(PublishingProperties properties, Clock clock) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    return new HttpCalls(client, properties.requestTimeout(), clock);
  }
}
