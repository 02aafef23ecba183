package ai.trae.identity.mfa;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Stand-ins for beans that arrive with login and the audit log. Primary and uniquely named, so they
 * still win once the real ones exist.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MfaTestConfiguration {

  @Bean
  @Primary
  public MutableClock mfaTestClock() {
    return new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));
  }

  @Bean
  @Primary
  public RecordingAuditLog mfaTestAuditLog() {
    return new RecordingAuditLog();
  }

  @Bean
  @Primary
  public PasswordEncoder mfaTestPasswordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** A clock the test moves, to step through TOTP time windows. */
  public static final class MutableClock extends Clock {

    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    public void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** Keeps what was recorded so tests can assert the audit trail. */
  public static final class RecordingAuditLog implements AuditLog {

    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
      events.add(event);
    }

    public List<String> actionsFor(UUID userId) {
      return events.stream()
          .filter(e -> userId.toString().equals(e.targetId()))
          .map(AuditEvent::action)
          .toList();
    }

    public List<AuditEvent> eventsFor(UUID userId) {
      return events.stream().filter(e -> userId.toString().equals(e.targetId())).toList();
    }
  }
}
