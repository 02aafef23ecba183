package ai.trae.integrations.ai.provider;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * "Test connection": asks the provider for its models with the stored key, the cheapest request
 * that proves the URL, the key and the network path all work. Every failure is an answer ({@code
 * ok=false} with the provider's own reason), never an error of TRAE's: an admin fixing a key needs
 * the provider's words, not a 500.
 */
@Service
public class ProviderConnections {

  private static final Logger log = LoggerFactory.getLogger(ProviderConnections.class);

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

  private final AiProviderDirectory directory;
  private final ModelListings listings;
  private final Clock clock;

  ProviderConnections(AiProviderDirectory directory, ModelListings listings, Clock clock) {
    this.directory = directory;
    this.listings = listings;
    this.clock = clock;
  }

  public ConnectionCheck check(AiProvider provider) {
    long started = clock.millis();
    try {
      List<String> models = listings.list(provider, directory.apiKey(provider));
      return new ConnectionCheck(
          true,
          models.size() == 1 ? "Connected; 1 model." : "Connected; " + models.size() + " models.",
          models,
          clock.millis() - started);
    } catch (RestClientResponseException refused) {
      return failed(
          "The provider answered "
              + refused.getStatusCode().value()
              + ": "
              + ProviderErrors.reason(refused.getResponseBodyAsString(), refused.getStatusText()),
          started);
    } catch (ResourceAccessException unreachable) {
      return failed(
          "Could not reach " + provider.baseUrl() + ": " + rootCause(unreachable), started);
    } catch (RuntimeException other) {
      log.info("Test connection to AI provider {} failed", provider.id(), other);
      return failed("The provider's answer could not be read: " + rootCause(other), started);
    }
  }

  private ConnectionCheck failed(String detail, long started) {
    return new ConnectionCheck(false, detail, List.of(), clock.millis() - started);
  }

  private static String rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  /** A request factory with short timeouts: a test connection that hangs helps nobody. */
  static JdkClientHttpRequestFactory requestFactory() {
    JdkClientHttpRequestFactory factory =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    factory.setReadTimeout(READ_TIMEOUT);
    return factory;
  }

  static RestClient.Builder restClient(String baseUrl, @Nullable String apiKey) {
    RestClient.Builder builder =
        RestClient.builder().baseUrl(baseUrl).requestFactory(requestFactory());
    if (apiKey != null) {
      builder.defaultHeader("Authorization", "Bearer " + apiKey);
    }
    return builder;
  }
}
