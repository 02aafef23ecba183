package ai.trae.content.publishing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Three recording connectors: {@code recording} drops repeats (like a webhook with its id), {@code
 * recording-lookup} can be asked whether something arrived, {@code recording-plain} can neither.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingConnectors {

  @Bean
  RecordingConnector recordingConnector() {
    return new RecordingConnector("recording", true, false);
  }

  @Bean
  RecordingConnector lookupConnector() {
    return new RecordingConnector("recording-lookup", false, true);
  }

  @Bean
  RecordingConnector plainConnector() {
    return new RecordingConnector("recording-plain", false, false);
  }
}
