package ai.trae.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How TRAE reads requests ({@code TRAE_WEB_*}).
 *
 * @param trustedProxies addresses and CIDR blocks of the reverse proxies whose {@code Forwarded} /
 *     {@code X-Forwarded-*} headers are believed ({@code TRAE_TRUSTED_PROXIES}, comma separated);
 *     empty = none, the connecting peer is the client
 * @param maxJsonBodySize the largest JSON request body accepted ({@code
 *     TRAE_WEB_MAX_JSON_BODY_SIZE}); larger ones are a 413 problem
 */
@ConfigurationProperties("trae.web")
public record WebProperties(
    @DefaultValue List<String> trustedProxies, @DefaultValue("1MB") DataSize maxJsonBodySize) {

  public WebProperties {
    TrustedProxies.of(trustedProxies); // fails start-up on an entry that is not an address
    if (maxJsonBodySize.toBytes() < 1) {
      throw new IllegalArgumentException(
          "trae.web.max-json-body-size must be positive, was " + maxJsonBodySize);
    }
  }
}
